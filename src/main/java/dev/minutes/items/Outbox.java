package dev.minutes.items;

import java.util.List;

/** What changed in the store, in order, read by each consumer from its own cursor. */
public interface Outbox {
  /** Outbox events after {@code consumer}'s cursor, oldest first. */
  List<StoreEvent> eventsAfter(String consumer, int limit);

  /** Moves {@code consumer}'s cursor past {@code eventId}. */
  void acknowledge(String consumer, long eventId);
}
