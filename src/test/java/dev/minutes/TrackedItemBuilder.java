package dev.minutes;

import dev.minutes.items.ItemStatus;
import dev.minutes.items.TrackedItem;
import dev.minutes.notes.Owner;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Tracked items as the store returns them, for tests of what reads them (digest, reminders, chat,
 * issues): an open item of the maintainers meeting of 2024-03-04 unless a test says otherwise.
 */
public final class TrackedItemBuilder {
  private final long id;
  private String source = "notes/2024-03-04-maintainers.md";
  private String title = "Maintainers Meeting";
  private LocalDate meetingDate = LocalDate.of(2024, 3, 4);
  private String text;
  private List<Owner> owners = List.of();
  private LocalDate due;
  private String section = "TODOs";
  private int line = 10;
  private ItemStatus status = ItemStatus.OPEN;
  private Instant createdAt = Instant.parse("2024-03-04T12:00:00Z");
  private Instant statusChangedAt;
  private Instant snoozedUntil;

  private TrackedItemBuilder(long id) {
    this.id = id;
    this.text = "Item " + id;
  }

  public static TrackedItemBuilder item(long id) {
    return new TrackedItemBuilder(id);
  }

  public TrackedItemBuilder meeting(String source, String title, LocalDate date) {
    this.source = source;
    this.title = title;
    this.meetingDate = date;
    return this;
  }

  public TrackedItemBuilder text(String text) {
    this.text = text;
    return this;
  }

  public TrackedItemBuilder owners(Owner... owners) {
    this.owners = List.of(owners);
    return this;
  }

  public TrackedItemBuilder due(LocalDate due) {
    this.due = due;
    return this;
  }

  public TrackedItemBuilder section(String section) {
    this.section = section;
    return this;
  }

  public TrackedItemBuilder line(int line) {
    this.line = line;
    return this;
  }

  public TrackedItemBuilder status(ItemStatus status) {
    this.status = status;
    return this;
  }

  /** When it was first ingested; also when its status last changed, unless set apart. */
  public TrackedItemBuilder createdAt(Instant createdAt) {
    this.createdAt = createdAt;
    return this;
  }

  public TrackedItemBuilder statusChangedAt(Instant statusChangedAt) {
    this.statusChangedAt = statusChangedAt;
    return this;
  }

  public TrackedItemBuilder snoozedUntil(Instant snoozedUntil) {
    this.snoozedUntil = snoozedUntil;
    return this;
  }

  public TrackedItem build() {
    return new TrackedItem(
        id,
        "key-" + id,
        1,
        source,
        title,
        meetingDate,
        List.of("maintainers"),
        text,
        owners,
        due,
        List.of(),
        section,
        line,
        status,
        createdAt,
        statusChangedAt == null ? createdAt : statusChangedAt,
        snoozedUntil);
  }
}
