package dev.minutes.items;

import dev.minutes.notes.MinutesException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The action items Minutes tracks: read, change status, snooze. Every method is atomic. */
public interface Items {
  List<TrackedItem> items(ItemFilter filter);

  Optional<TrackedItem> item(long id);

  List<ItemHistoryEntry> history(long itemId);

  /**
   * Sets an item's status, recording who and when.
   *
   * @throws dev.minutes.notes.MinutesException when no item has that id
   */
  TrackedItem setStatus(long id, ItemStatus status, String actor, Instant at);

  /** Holds the item's reminders until {@code until}. */
  TrackedItem snooze(long id, Instant until, String actor, Instant at);

  /** The error for an item number nobody has: the same words wherever a number is typed. */
  static MinutesException noSuchItem(long id) {
    return new MinutesException(
        "item " + id, "no such action item", "list items with: minutes todos");
  }
}
