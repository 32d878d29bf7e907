package dev.minutes.items;

import dev.minutes.notes.MinutesException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The action items Minutes tracks: read, change status, snooze. Every method is atomic. */
public interface Items {
  List<TrackedItem> items(ItemFilter filter);

  /**
   * Hands each item of {@code filter} to {@code action} as it is read, in number order, so a long
   * listing never holds the whole store in memory. The read is one transaction: keep {@code action}
   * short (printing a line), as writers wait for it.
   */
  void eachItem(ItemFilter filter, Consumer<TrackedItem> action);

  /**
   * As {@link #eachItem}, ordered, grouped and limited by the database as {@code listing} says, and
   * counted: a listing cut by its limit says how many more rows matched.
   */
  ListingCount eachListed(ItemFilter filter, ItemListing listing, Consumer<ListedItem> action);

  /**
   * As {@link #eachListed}, each row read only as far as its line in a listing needs ({@link
   * ItemLine}): what a text listing of thousands of items prints.
   */
  ListingCount eachListedLine(ItemFilter filter, ItemListing listing, Consumer<ListedLine> action);

  Optional<TrackedItem> item(long id);

  /**
   * A meeting's items and their issue links in one query that reads only that meeting's rows, so
   * announcing a meeting costs the same in a store of one meeting and of thousands.
   */
  MeetingItems meetingItems(long meetingId);

  /**
   * What a digest of [{@code since}, {@code until}) may show: items (not removed) of meetings dated
   * {@code firstDay}..{@code lastDay} or, undated, created in the window; items done in the window;
   * items open at {@code until} and due before {@code dueBefore}. A superset: the digest builder
   * makes the exact selection.
   */
  List<TrackedItem> digestItems(
      LocalDate firstDay, LocalDate lastDay, Instant since, Instant until, LocalDate dueBefore);

  /**
   * How many items were open at {@code at}: born before it (meeting dated before {@code
   * firstDayNotBorn}, or undated and created before {@code at}) and open then.
   */
  int openItemsAt(Instant at, LocalDate firstDayNotBorn);

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
