package dev.minutes.tracker;

import dev.minutes.items.TrackedItem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the issues Minutes opened by the hidden marker at the end of their body: how a run recovers
 * an issue that a run which died, or a request that timed out, created without recording it.
 */
final class MarkedIssues {
  /** How far back to look for issues an interrupted run may have opened. */
  static final Duration RECOVERY_WINDOW = Duration.ofDays(30);

  private final IssueTracker tracker;
  private final TrackerSettings settings;
  private final Clock clock;

  MarkedIssues(IssueTracker tracker, TrackerSettings settings, Clock clock) {
    this.tracker = tracker;
    this.settings = settings;
    this.clock = clock;
  }

  /** Marked issues that may belong to these items: none can be older than the items themselves. */
  Map<String, TrackerIssue> mayBelongTo(String repo, List<TrackedItem> items) {
    Instant earliest =
        items.stream().map(TrackedItem::createdAt).min(Instant::compareTo).orElseThrow();
    Instant floor = clock.instant().minus(RECOVERY_WINDOW);
    return changedSince(repo, (earliest.isBefore(floor) ? floor : earliest).minusSeconds(60));
  }

  /** Marked issues of the repository changed since {@code since}, by marker. */
  Map<String, TrackerIssue> changedSince(String repo, Instant since) {
    String label = settings.labels().isEmpty() ? null : settings.labels().get(0);
    Map<String, TrackerIssue> byMarker = new HashMap<>();
    for (TrackerIssue issue : tracker.changedSince(repo, label, since)) {
      minutesMarker(issue.body()).ifPresent(marker -> byMarker.putIfAbsent(marker, issue));
    }
    return byMarker;
  }

  /**
   * The marker Minutes wrote: the last one in the body. Minutes writes it after all notes text,
   * which is escaped so it cannot hold a marker; a marker that someone pasted above it, or that an
   * older Minutes let through from the notes, is never trusted.
   */
  static Optional<String> minutesMarker(String body) {
    if (body == null) {
      return Optional.empty();
    }
    int start = body.lastIndexOf(IssueDraft.MARKER_START);
    int end = start < 0 ? -1 : body.indexOf("-->", start);
    return end < 0 ? Optional.empty() : Optional.of(body.substring(start, end + 3));
  }
}
