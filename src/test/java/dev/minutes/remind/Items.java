package dev.minutes.remind;

import dev.minutes.notes.Owner;
import dev.minutes.store.ItemStatus;
import dev.minutes.store.TrackedItem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
    Instant created = Instant.parse("2024-03-04T12:00:00Z");
    return new TrackedItem(
        id,
        "key-" + id,
        1,
        "notes/2024-03-04.md",
        "Maintainers Meeting",
        MEETING,
        List.of("maintainers"),
        "Item number " + id,
        List.of(new Owner(ownerToken, ownerPerson)),
        due,
        List.of(),
        "TODOs",
        10 + (int) id,
        status,
        created,
        created,
        snoozedUntil);
  }
}
