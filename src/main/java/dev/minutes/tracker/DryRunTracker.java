package dev.minutes.tracker;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tracker of a dry run (no token, or {@code --dry-run}): sends nothing to GitHub and keeps what
 * it was asked to do, so the use cases take the same path and the faces say "would open" or "would
 * close". Nothing is claimed in the store for a dry run.
 */
public final class DryRunTracker implements IssueTracker {
  private final String reason;
  private final List<String> intents = new ArrayList<>();

  /**
   * @param reason why nothing is sent, as the user reads it ({@code --dry-run})
   */
  public DryRunTracker(String reason) {
    this.reason = reason;
  }

  @Override
  public Optional<String> dryRunReason() {
    return Optional.of(reason);
  }

  /** What a real run would have done, in order: "open TITLE", "close REF". */
  public List<String> intents() {
    return List.copyOf(intents);
  }

  @Override
  public TrackerIssue create(String repo, IssueDraft draft) {
    intents.add("open " + draft.title());
    throw new TrackerException(
        "github", "dry run (" + reason + "): no issue is opened", "run without --dry-run", false);
  }

  /** A dry run reads nothing either: a mentioned issue is not looked up. */
  @Override
  public Optional<TrackerIssue> lookup(IssueRef ref) {
    intents.add("look up " + ref);
    return Optional.empty();
  }

  @Override
  public List<TrackerIssue> changedSince(String repo, String label, Instant since) {
    return List.of();
  }

  @Override
  public void close(IssueRef ref, String comment) {
    intents.add("close " + ref);
  }

  @Override
  public void reopen(IssueRef ref, String comment) {
    intents.add("reopen " + ref);
  }

  @Override
  public void edit(IssueRef ref, IssueEdit edit) {
    intents.add("edit " + ref);
  }
}
