package dev.minutes.tracker;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where action items become issues. The GitHub adapter implements it; every failure is a {@link
 * TrackerException} that says what to fix.
 */
public interface IssueTracker {

  /** Why nothing is sent, for a {@link DryRunTracker}; empty for a real tracker. */
  default Optional<String> dryRunReason() {
    return Optional.empty();
  }

  /**
   * Opens an issue; creates missing labels first. Never retried here, since a retry could open it
   * twice: {@link IssueOpener} looks for the issue's marker first.
   */
  TrackerIssue create(String repo, IssueDraft draft);

  /** An existing issue or pull request, or empty when it does not exist. */
  Optional<TrackerIssue> lookup(IssueRef ref);

  /**
   * Issues and pull requests of {@code repo} updated since {@code since}, optionally only those
   * with {@code label} (null for all): one listing, so sync costs what changed, not what is linked.
   */
  List<TrackerIssue> changedSince(String repo, String label, Instant since);

  /** Comments on an issue and closes it. */
  void close(IssueRef ref, String comment);

  /** Comments on a closed issue and opens it again; nothing when it is open. */
  void reopen(IssueRef ref, String comment);

  /**
   * Changes the fields {@code edit} sets in one request. Not retried here: the caller records what
   * it wrote and finds out on the next run whether a failed request landed.
   */
  void edit(IssueRef ref, IssueEdit edit);
}
