package dev.minutes.items;

import java.time.Instant;

/**
 * One entry of the outbox.
 *
 * @param itemId 0 for meeting events
 */
public record StoreEvent(long id, Kind kind, long meetingId, long itemId, Instant at) {

  /** What happened. */
  public enum Kind {
    MEETING_INGESTED,
    ITEM_NEW,
    ITEM_CHANGED,
    ITEM_DONE,
    ITEM_REOPENED,
    ITEM_REMOVED
  }
}
