package dev.minutes.tracker;

import dev.minutes.items.IssueLink;
import dev.minutes.items.ItemStatus;
import dev.minutes.items.Store;
import dev.minutes.items.TrackedItem;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows linked issues and pull requests: closed or merged → item done, reopened → open again. One
 * listing per repository of what changed since the last sync, so the cost follows activity on
 * GitHub, not the number of linked items.
 */
public final class IssueSync {
  private final Store store;
  private final IssueTracker tracker;
  private final TrackerSettings settings;
  private final Clock clock;

  public IssueSync(Store store, IssueTracker tracker, TrackerSettings settings, Clock clock) {
    this.store = store;
    this.tracker = tracker;
    this.settings = settings;
    this.clock = clock;
  }

  /** What one sync saw and did. */
  public record Report(int repositories, int changedOnGitHub, int itemsDone, int itemsReopened) {}

  public Report sync() {
    // Two items may mention the same pull request: each number maps to every link to it.
    Map<String, Map<Long, List<IssueLink>>> byRepo = new LinkedHashMap<>();
    for (IssueLink link : store.issueLinks()) {
      byRepo
          .computeIfAbsent(link.repo(), r -> new HashMap<>())
          .computeIfAbsent(link.number(), n -> new ArrayList<>())
          .add(link);
    }
    int changed = 0;
    int done = 0;
    int reopened = 0;
    for (Map.Entry<String, Map<Long, List<IssueLink>>> repo : byRepo.entrySet()) {
      Instant since = store.syncedUntil(repo.getKey()).orElse(Instant.EPOCH);
      List<TrackerIssue> updates =
          tracker.changedSince(repo.getKey(), label(repo.getValue()), since);
      Instant newest = since;
      for (TrackerIssue issue : updates) {
        if (issue.updatedAt() != null && issue.updatedAt().isAfter(newest)) {
          newest = issue.updatedAt();
        }
        for (IssueLink link : repo.getValue().getOrDefault(issue.ref().number(), List.of())) {
          if (link.state() == issue.state()) {
            continue;
          }
          changed++;
          ItemStatus before = statusOf(link);
          store.recordIssueState(
              link, issue.state(), settings.doneWhen(), "github", clock.instant());
          ItemStatus after = statusOf(link);
          if (before != after && after == ItemStatus.DONE) {
            done++;
          } else if (before != after && after == ItemStatus.OPEN) {
            reopened++;
          }
        }
      }
      // GitHub's own clock, not ours: "since" is compared with its updated_at.
      store.setSyncedUntil(repo.getKey(), newest);
    }
    return new Report(byRepo.size(), changed, done, reopened);
  }

  private ItemStatus statusOf(IssueLink link) {
    return store.item(link.itemId()).map(TrackedItem::status).orElse(ItemStatus.REMOVED);
  }

  /** Only our label when every link in the repository is an issue we opened (with that label). */
  private String label(Map<Long, List<IssueLink>> links) {
    if (settings.labels().isEmpty()
        || links.values().stream().flatMap(List::stream).anyMatch(link -> !link.openedByUs())) {
      return null;
    }
    return settings.labels().get(0);
  }
}
