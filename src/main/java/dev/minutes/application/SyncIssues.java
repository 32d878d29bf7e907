package dev.minutes.application;

import dev.minutes.items.ItemStatus;
import dev.minutes.items.Store;
import dev.minutes.items.TrackedItem;
import dev.minutes.tracker.IssueFollower;
import dev.minutes.tracker.IssueResult;
import dev.minutes.tracker.IssueSync;
import dev.minutes.tracker.IssueTracker;
import dev.minutes.tracker.TrackerSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps items and their GitHub issues in step, both ways. Minutes' own changes go out first: the
 * issue follower edits, closes and reopens the issues of edited, removed, restored and done items
 * ({@link IssueFollower}), and links the issues an edit newly mentions. Then {@link #sync} reads
 * what changed on GitHub. {@code minutes ingest} and Discord's {@code /ingest} call {@link
 * #afterIngest}, {@code minutes sync} calls {@link #sync}. Without a token nothing is sent and the
 * outbox stays as it is, so the first run with one catches up.
 */
public final class SyncIssues {
  private final Store store;
  private final IssueTracker tracker;
  private final IssueFollower follower;
  private final OpenIssues issues;
  private final IssueSync sync;
  private final TrackerSettings settings;

  public SyncIssues(
      Store store,
      IssueTracker tracker,
      IssueFollower follower,
      OpenIssues issues,
      IssueSync sync,
      TrackerSettings settings) {
    this.store = store;
    this.tracker = tracker;
    this.follower = follower;
    this.issues = issues;
    this.sync = sync;
    this.settings = settings;
  }

  /** What following the edited items did: the follower's report and the newly linked issues. */
  public record Followed(IssueFollower.Report report, List<IssueResult> linked) {
    public static final Followed NONE =
        new Followed(new IssueFollower.Report(0, 0, 0, 0, List.of()), List.of());

    public Followed {
      linked = List.copyOf(linked);
    }

    /** One line per change, in the words both faces print; none when nothing changed. */
    public List<String> lines() {
      List<String> lines = new ArrayList<>();
      for (IssueResult result : linked) {
        lines.add("GitHub: #" + result.itemId() + " also linked to " + result.url());
      }
      if (report.changed() > 0 || report.busy() > 0) {
        lines.add(
            String.format(
                "GitHub: %d issues edited, %d closed, %d reopened%s",
                report.edited(),
                report.closed(),
                report.reopened(),
                report.busy() > 0 ? ", " + report.busy() + " busy in another process" : ""));
      }
      return lines;
    }
  }

  /** What {@link #sync} did: Minutes' changes sent, then GitHub's read. */
  public record Synced(Followed followed, IssueSync.Report read) {}

  /** After an ingest: follows the edited items in {@code github.mode=auto}, else nothing. */
  public Followed afterIngest() {
    return settings.mode() == TrackerSettings.Mode.AUTO ? followEdits() : Followed.NONE;
  }

  /** Follows the edited items, then reads GitHub; needs a token (the caller says so without). */
  public Synced sync() {
    // Minutes' own changes first, so that the read then sees them as already known.
    Followed followed = followEdits();
    return new Synced(followed, sync.sync());
  }

  /** Brings the issues Minutes opened in step with their items, when there is a token. */
  public Followed followEdits() {
    if (tracker.dryRunReason().isPresent()) {
      return Followed.NONE;
    }
    IssueFollower.Report report = follower.follow();
    return new Followed(report, linkNewMentions(report.followed()));
  }

  /**
   * An edit may add an issue or pull request to an item's text: the opener links it (and only it,
   * for an item that already has a link; an item without one is left to the opener's own run).
   */
  private List<IssueResult> linkNewMentions(List<Long> followed) {
    if (!settings.linkExisting()) {
      return List.of();
    }
    List<TrackedItem> open =
        followed.stream()
            .map(store::item)
            .flatMap(Optional::stream)
            .filter(item -> item.status() == ItemStatus.OPEN)
            .toList();
    // One read of the links of them all: an item with any link has a main one.
    Set<Long> withLink = store.issueUrls(open.stream().map(TrackedItem::id).toList()).keySet();
    List<TrackedItem> linked = open.stream().filter(item -> withLink.contains(item.id())).toList();
    if (linked.isEmpty()) {
      return List.of();
    }
    return issues.open(linked).stream()
        .filter(result -> result.outcome() == IssueResult.Outcome.LINKED)
        .toList();
  }
}
