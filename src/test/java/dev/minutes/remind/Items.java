package dev.minutes.remind;

import dev.minutes.TrackedItemBuilder;
import dev.minutes.items.ItemStatus;
import dev.minutes.items.TrackedItem;
import dev.minutes.notes.Owner;
import java.time.Instant;
import java.time.LocalDate;

/** Tracked items as the store would return them, for policy tests. */
final class Items {
  static final LocalDate MEETING = LocalDate.parse("2024-03-04");

  private Items() {}

  static TrackedItem open(long id, String ownerToken, String ownerPerson, LocalDate due) {
    return item(id, ownerToken, ownerPerson, due, ItemStatus.OPEN, null);
  }

  static TrackedItem item(
      long id,
      String ownerToken,
      String ownerPerson,
      LocalDate due,
      ItemStatus status,
      Instant snoozedUntil) {
    return TrackedItemBuilder.item(id)
        .meeting("notes/2024-03-04.md", "Maintainers Meeting", MEETING)
        .text("Item number " + id)
        .owners(new Owner(ownerToken, ownerPerson))
        .due(due)
        .line(10 + (int) id)
        .status(status)
        .snoozedUntil(snoozedUntil)
        .build();
  }
}
