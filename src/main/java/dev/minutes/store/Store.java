package dev.minutes.store;

import dev.minutes.notes.Meeting;
import dev.minutes.notes.MinutesException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What Minutes keeps between runs: meetings, their action items with status and history, an outbox
 * of what changed, and a record of side effects already done. Every method is atomic.
 */
public interface Store extends AutoCloseable {

  /**
   * Writes one parsed meeting in one transaction: locks the meeting, hands its stored items to
   * {@code planner}, applies the plan and appends outbox events. When {@code contentHash} equals
   * the stored one nothing is written. With {@code dryRun} the outcome is computed and rolled back.
   */
  IngestOutcome ingest(
      Meeting meeting, String contentHash, ItemPlanner planner, Instant at, boolean dryRun);

  /** The content hash stored for a meeting's source, so unchanged files skip parsing. */
  Optional<String> contentHash(String source);

  List<TrackedItem> items(ItemFilter filter);

  Optional<TrackedItem> item(long id);

  /** The error for an item number nobody has: the same words wherever a number is typed. */
  static MinutesException noSuchItem(long id) {
    return new MinutesException(
        "item " + id, "no such action item", "list items with: minutes todos");
  }

  /** Meetings, newest first; {@code team} null for all. */
  List<StoredMeeting> meetings(String team);

  Optional<StoredMeeting> meeting(long id);

  List<ItemHistoryEntry> history(long itemId);

  /**
   * Sets an item's status, recording who and when.
   *
   * @throws dev.minutes.notes.MinutesException when no item has that id
   */
  TrackedItem setStatus(long id, ItemStatus status, String actor, Instant at);

  /** Holds the item's reminders until {@code until}. */
  TrackedItem snooze(long id, Instant until, String actor, Instant at);

  /** Outbox events after {@code consumer}'s cursor, oldest first. */
  List<StoreEvent> eventsAfter(String consumer, int limit);

  /** Moves {@code consumer}'s cursor past {@code eventId}. */
  void acknowledge(String consumer, long eventId);

  /** True for exactly one caller per key, across processes sharing the store. */
  boolean claimEffect(String key, Instant at);

  /**
   * Records that the claimed effect is done, with what it produced (an issue URL, a message id).
   */
  void completeEffect(String key, String externalRef, Instant at);

  /** Gives up a claim whose effect failed, so a later run tries again. */
  void releaseEffect(String key);

  Optional<Effect> effect(String key);

  /**
   * Takes over a claim that was never completed and is older than {@code claimedBefore} (its
   * process died): true for exactly one caller.
   */
  boolean reclaimStaleEffect(String key, Instant claimedBefore, Instant at);

  /**
   * Records the issue that tracks an item and, in the same transaction, completes the claim {@code
   * effectKey} (null when nothing was claimed). An item keeps its first link.
   */
  void linkIssue(IssueLink link, String effectKey, Instant at);

  Optional<IssueLink> issueLink(long itemId);

  List<IssueLink> issueLinks();

  /**
   * Records what GitHub says of a linked issue and moves its item accordingly: closed → done,
   * reopened → open again; history names {@code actor}.
   */
  void recordIssueState(IssueLink link, IssueLink.State state, String actor, Instant at);

  /** How far sync has read a repository's changes; empty before the first sync. */
  Optional<Instant> syncedUntil(String repo);

  void setSyncedUntil(String repo, Instant until);

  /** Turns reminders off ({@code enabled} false) or back on for one person; idempotent. */
  void setRemindersEnabled(String person, boolean enabled, Instant at);

  /** The people who turned reminders off, as they were given to {@link #setRemindersEnabled}. */
  Set<String> reminderOptOuts();

  /**
   * Records that a chat member says they are {@code person}, replacing an earlier link of theirs.
   * With {@code confirmedBy} null the link waits for a maintainer and mentions nobody.
   */
  void linkMember(String chatUserId, String person, String confirmedBy, Instant at);

  Optional<MemberLink> memberLink(String chatUserId);

  /** Every link, confirmed or waiting. */
  List<MemberLink> memberLinks();

  @Override
  void close();
}
