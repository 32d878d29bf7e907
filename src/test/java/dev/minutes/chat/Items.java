package dev.minutes.chat;

import dev.minutes.TrackedItemBuilder;
import dev.minutes.items.StoredMeeting;
import dev.minutes.items.TrackedItem;
import dev.minutes.notes.Decision;
import dev.minutes.notes.Owner;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Store records for rendering tests. */
final class Items {
  static final Instant T0 = Instant.parse("2024-03-04T12:00:00Z");

  private Items() {}

  static StoredMeeting meeting(List<Decision> decisions) {
    return new StoredMeeting(
        1,
        "notes/2024-03-04-maintainers.md",
        "Maintainers Meeting",
        null,
        LocalDate.of(2024, 3, 4),
        List.of("maintainers"),
        List.of(),
        decisions,
        T0);
  }

  static TrackedItem item(long id, String text, Owner... owners) {
    return TrackedItemBuilder.item(id).text(text).owners(owners).createdAt(T0).build();
  }
}
