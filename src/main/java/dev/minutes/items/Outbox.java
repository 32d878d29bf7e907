package dev.minutes.items;

import java.util.List;

/** What changed in the store, in order, read by each consumer from its own cursor. */
public interface Outbox {
  /** Outbox events after {@code consumer}'s cursor, oldest first. */
  List<StoreEvent> eventsAfter(String consumer, int limit);

  /**
   * Items announced new by the outbox after event {@code afterEventId} (oldest first, at most
   * {@code limit}), read with their items in one query: a page of the GitHub step.
   */
  List<NewItem> newItemsAfter(long afterEventId, int limit);

  /** The id of the newest outbox event; 0 when there is none. */
  long lastEventId();

  /** Where {@code consumer}'s cursor is: the last event it acknowledged, 0 before the first. */
  long cursor(String consumer);

  /** Moves {@code consumer}'s cursor past {@code eventId}. */
  void acknowledge(String consumer, long eventId);
}
