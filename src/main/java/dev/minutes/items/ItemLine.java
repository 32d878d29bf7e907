package dev.minutes.items;

import dev.minutes.notes.Owner;
import java.time.LocalDate;
import java.util.List;

/**
 * What one line of a listing shows of an item, and what its meeting heading needs: the part of a
 * {@link TrackedItem} a long text listing reads. Reading only these columns halves the cost of each
 * row of a large store's listing.
 */
public record ItemLine(
    long id,
    ItemStatus status,
    List<Owner> owners,
    String text,
    LocalDate due,
    long meetingId,
    String meetingSource,
    String meetingTitle,
    LocalDate meetingDate) {

  public ItemLine {
    owners = List.copyOf(owners);
  }

  public static ItemLine of(TrackedItem item) {
    return new ItemLine(
        item.id(),
        item.status(),
        item.owners(),
        item.text(),
        item.due(),
        item.meetingId(),
        item.meetingSource(),
        item.meetingTitle(),
        item.meetingDate());
  }
}
