package dev.minutes.items;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Which issue tracks which item, and how far the tracker has been read. */
public interface IssueLinks {
  /**
   * Records the issue that tracks an item and, in the same transaction, completes the claim {@code
   * effectKey} (null when nothing was claimed). An item keeps its first link.
   */
  void linkIssue(IssueLink link, String effectKey, Instant at);

  Optional<IssueLink> issueLink(long itemId);

  List<IssueLink> issueLinks();

  /**
   * Records what the tracker says of a linked issue and moves its item accordingly: closed → done,
   * reopened → open again; history names {@code actor}.
   */
  void recordIssueState(IssueLink link, IssueLink.State state, String actor, Instant at);

  /** How far sync has read a repository's changes; empty before the first sync. */
  Optional<Instant> syncedUntil(String repo);

  void setSyncedUntil(String repo, Instant until);
}
