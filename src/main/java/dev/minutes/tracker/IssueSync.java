package dev.minutes.tracker;

import dev.minutes.items.IssueLink;
import dev.minutes.items.Store;
import java.time.Clock;
import java.time.Instant;
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
    Map<String, Map<Long, IssueLink>> byRepo = new LinkedHashMap<>();
    for (IssueLink link : store.issueLinks()) {
      byRepo.computeIfAbsent(link.repo(), r -> new HashMap<>()).put(link.number(), link);
    }
    int changed = 0;
    int done = 0;
    int reopened = 0;
    for (Map.Entry<String, Map<Long, IssueLink>> repo : byRepo.entrySet()) {
      Instant since = store.syncedUntil(repo.getKey()).orElse(Instant.EPOCH);
      List<TrackerIssue> updates =
          tracker.changedSince(repo.getKey(), label(repo.getValue()), since);
      Instant newest = since;
      for (TrackerIssue issue : updates) {
        if (issue.updatedAt() != null && issue.updatedAt().isAfter(newest)) {
          newest = issue.updatedAt();
        }
        IssueLink link = repo.getValue().get(issue.ref().number());
        if (link == null || link.state() == issue.state()) {
          continue;
        }
        changed++;
        store.recordIssueState(link, issue.state(), "github", clock.instant());
        if (issue.state() == IssueLink.State.CLOSED) {
          done++;
        } else {
          reopened++;
        }
      }
      // GitHub's own clock, not ours: "since" is compared with its updated_at.
      store.setSyncedUntil(repo.getKey(), newest);
    }
    return new Report(byRepo.size(), changed, done, reopened);
  }

  /** Only our label when every link in the repository is an issue we opened (with that label). */
  private String label(Map<Long, IssueLink> links) {
    if (settings.labels().isEmpty()
        || links.values().stream().anyMatch(link -> !link.openedByUs())) {
      return null;
    }
    return settings.labels().get(0);
  }
}
