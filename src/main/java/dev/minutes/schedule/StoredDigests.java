package dev.minutes.schedule;

import dev.minutes.digest.Digest;
import dev.minutes.digest.DigestBuilder;
import dev.minutes.items.Store;
import dev.minutes.items.TrackedItem;
import dev.minutes.remind.ReminderPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Digests of what the store holds: the one read that the command, the job and the bot share. */
public final class StoredDigests {
  /** The window of a digest asked for without dates. */
  public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);

  private final Store store;
  private final DigestBuilder builder;
  private final ReminderPolicy reminders;

  /**
   * @param reminders says which items are stale (their repeated reminders ran out)
   */
  public StoredDigests(Store store, DigestBuilder builder, ReminderPolicy reminders) {
    this.store = store;
    this.builder = builder;
    this.reminders = reminders;
  }

  /**
   * Reads only the window's candidates (meetings dated around it, items born in it, done in it or
   * overdue at its end) and counts the open items in SQL; the builder makes the exact selection. A
   * day of slack on each side covers meetings whose time zone puts them on another day.
   */
  public Digest between(Instant since, Instant until) {
    ZoneId zone = builder.zone();
    LocalDate firstDay = since.atZone(zone).toLocalDate().minusDays(1);
    LocalDate lastDay = until.atZone(zone).toLocalDate().plusDays(1);
    Instant weekAgo = until.minus(Duration.ofDays(7));
    // Meetings imported as history stay out of the digest, as out of reminders.
    Set<Long> history = store.historyMeetings();
    List<TrackedItem> items =
        new ArrayList<>(
            store
                .digestItems(
                    firstDay,
                    lastDay,
                    since,
                    until,
                    until.minusMillis(1).atZone(zone).toLocalDate())
                .stream()
                .filter(item -> !history.contains(item.meetingId()))
                .toList());
    Map<Long, Integer> counts = store.repeatedReminderCounts();
    addStaleCandidates(items, counts);
    return builder.build(
        store.meetingsDated(firstDay, lastDay).stream()
            .filter(m -> !history.contains(m.id()))
            .toList(),
        items,
        reminders.stale(items, counts),
        since,
        until,
        store.openItemsAt(until, builder.firstDayBornAtOrAfter(until)),
        store.openItemsAt(weekAgo, builder.firstDayBornAtOrAfter(weekAgo)));
  }

  /**
   * Adds, read by id, the items whose reminders ran out that the window did not read: one may lie
   * outside it (no due date, born long ago), and there are only as many as reminders sent, not as
   * items stored. The builder's filters are exact, so an extra item changes no other section.
   */
  private void addStaleCandidates(List<TrackedItem> items, Map<Long, Integer> counts) {
    Set<Long> read = new HashSet<>();
    items.forEach(item -> read.add(item.id()));
    for (long id : reminders.staleIds(counts)) {
      if (read.add(id)) {
        store.item(id).ifPresent(items::add);
      }
    }
  }

  /** The {@link #DEFAULT_WINDOW} up to {@code now}. */
  public Digest upTo(Instant now) {
    return between(now.minus(DEFAULT_WINDOW), now);
  }
}
