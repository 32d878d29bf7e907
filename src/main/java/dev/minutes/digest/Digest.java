package dev.minutes.digest;

import dev.minutes.items.TrackedItem;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one weekly digest says, before it is rendered: the window it covers and what happened in it.
 *
 * @param since start of the window, inclusive
 * @param until end of the window, exclusive
 * @param newItemsByOwner items from the window's meetings, by owner name, owners in name order; an
 *     item with two owners is listed under both
 * @param overdue open items past their due date that are still reminded
 * @param stale open items whose repeated reminders ran out (reminders.max-repeats): the digest is
 *     the only place that still lists them
 * @param openNow open items at {@code until}
 * @param openWeekAgo open items seven days before {@code until}
 */
public record Digest(
    ZoneId zone,
    Instant since,
    Instant until,
    List<DigestMeeting> meetings,
    Map<String, List<TrackedItem>> newItemsByOwner,
    List<TrackedItem> overdue,
    List<TrackedItem> stale,
    List<TrackedItem> done,
    int openNow,
    int openWeekAgo) {

  public Digest {
    meetings = List.copyOf(meetings);
    newItemsByOwner = Collections.unmodifiableMap(new TreeMap<>(newItemsByOwner));
    overdue = List.copyOf(overdue);
    stale = List.copyOf(stale);
    done = List.copyOf(done);
  }

  /** Number of distinct new items (an item with two owners counts once). */
  public long newItemCount() {
    return newItemsByOwner.values().stream().flatMap(List::stream).distinct().count();
  }
}
