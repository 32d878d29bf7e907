package dev.minutes.items;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which issue tracks which item, and how far the tracker has been read. */
public interface IssueLinks {
  /**
   * Records the issue that tracks an item and, in the same transaction, completes the claim {@code
   * effectKey} (null when nothing was claimed). An item may have several links, each issue once.
   */
  void linkIssue(IssueLink link, String effectKey, Instant at);

  /**
   * {@link #linkIssue(IssueLink, String, Instant)} for an issue Minutes opened, keeping what it
   * wrote into it ({@code written}, null when nothing).
   */
  void linkIssue(IssueLink link, WrittenIssue written, String effectKey, Instant at);

  /** The item's main link: the issue Minutes opened for it, else the first one linked. */
  Optional<IssueLink> issueLink(long itemId);

  /**
   * The main link's URL of each of these items that has one, read at once (a list of items in the
   * chat shows them all): item id to URL, as {@link #issueLink} would give it item by item.
   */
  Map<Long, String> issueUrls(Collection<Long> itemIds);

  /** Every issue and pull request linked to the item, the main one first. */
  List<IssueLink> issueLinks(long itemId);

  /** What Minutes last wrote into a linked issue; empty when it never recorded it. */
  Optional<WrittenIssue> writtenIssue(IssueLink link);

  /**
   * Records a side effect done on a linked issue (edited, closed, reopened) in one transaction: in
   * the item's history as {@code change}, with what Minutes wrote ({@code written}, null to keep
   * the last) and the link's new {@code state} (null to keep it), completing the claim {@code
   * effectKey}. The item's status does not change.
   */
  void recordIssueSideEffect(
      IssueLink link,
      String change,
      WrittenIssue written,
      IssueLink.State state,
      String effectKey,
      Instant at);

  List<IssueLink> issueLinks();

  /**
   * Records what the tracker says of a linked issue and moves its item accordingly: done once its
   * links are closed as {@code doneWhen} says, open again when a reopened link undoes that; history
   * names {@code actor}.
   */
  void recordIssueState(
      IssueLink link, IssueLink.State state, IssueLink.DoneWhen doneWhen, String actor, Instant at);

  /** How far sync has read a repository's changes; empty before the first sync. */
  Optional<Instant> syncedUntil(String repo);

  void setSyncedUntil(String repo, Instant until);
}
