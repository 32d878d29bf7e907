package dev.minutes.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.TrackedItemBuilder;
import dev.minutes.items.ItemStatus;
import dev.minutes.items.StoredMeeting;
import dev.minutes.items.TrackedItem;
import dev.minutes.notes.Decision;
import dev.minutes.notes.Owner;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.people.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestBuilderTest {
  static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
  static final Instant SINCE = Instant.parse("2024-03-03T22:00:00Z"); // Mon 4 Mar 00:00 local
  static final Instant UNTIL = Instant.parse("2024-03-10T22:00:00Z"); // Mon 11 Mar 00:00 local
  static final PeopleDirectory PEOPLE =
      PeopleDirectory.of(
          List.of(new Person("Cezar Crăciunoiu", List.of("CC"), List.of("Cezar"), null, null)));

  final DigestBuilder builder =
      new DigestBuilder(BUCHAREST, "https://github.com/unikraft/meetings/blob/main/", PEOPLE);

  static StoredMeeting meeting(long id, String date, String title, String... decisions) {
    List<Decision> decided = new ArrayList<>();
    for (String decision : decisions) {
      decided.add(new Decision(decision, 20));
    }
    return new StoredMeeting(
        id,
        "notes/" + date + ".md",
        title,
        OffsetDateTime.parse(date + "T11:00:00+02:00"),
        LocalDate.parse(date),
        List.of("maintainers"),
        List.of(),
        decided,
        Instant.parse("2024-03-20T00:00:00Z"));
  }

  static TrackedItem item(
      long id, String meetingDate, String owner, LocalDate due, ItemStatus status, String changed) {
    Instant ingested = Instant.parse("2024-03-20T00:00:00Z"); // a late ingest of older notes
    return TrackedItemBuilder.item(id)
        .meeting("notes/" + meetingDate + ".md", "Maintainers", LocalDate.parse(meetingDate))
        .owners(new Owner(owner, owner.equals("CC") ? "Cezar" : null))
        .due(due)
        .line(1)
        .status(status)
        .createdAt(ingested)
        .statusChangedAt(changed == null ? ingested : Instant.parse(changed))
        .build();
  }

  @Test
  void listsOnlyTheMeetingsHeldInTheWindowWithTheirDecisionsAndLinks() {
    Digest digest =
        builder.build(
            List.of(
                meeting(1, "2024-02-26", "Before"),
                meeting(2, "2024-03-04", "Release planning", "Release 0.16.3 on March 8"),
                meeting(3, "2024-03-11", "After")),
            List.of(),
            List.of(),
            SINCE,
            UNTIL);

    assertThat(digest.meetings())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.title()).isEqualTo("Release planning");
              assertThat(m.decisions()).containsExactly("Release 0.16.3 on March 8");
              assertThat(m.link())
                  .isEqualTo("https://github.com/unikraft/meetings/blob/main/notes/2024-03-04.md");
            });
  }

  @Test
  void groupsNewItemsByTheOwnersDirectoryName() {
    Digest digest =
        builder.build(
            List.of(),
            List.of(
                item(1, "2024-03-04", "CC", null, ItemStatus.OPEN, null),
                item(2, "2024-03-04", "SK", null, ItemStatus.OPEN, null),
                item(3, "2024-03-07", "CC", null, ItemStatus.OPEN, null),
                item(4, "2024-02-26", "CC", null, ItemStatus.OPEN, null),
                item(5, "2024-03-07", "CC", null, ItemStatus.REMOVED, null)),
            List.of(),
            SINCE,
            UNTIL);

    assertThat(digest.newItemsByOwner()).containsOnlyKeys("Cezar Crăciunoiu", "SK");
    assertThat(digest.newItemsByOwner().get("Cezar Crăciunoiu"))
        .extracting(TrackedItem::id)
        .containsExactly(1L, 3L);
    assertThat(digest.newItemCount()).isEqualTo(3);
  }

  @Test
  void listsOverdueOpenItemsAndItemsDoneInTheWindow() {
    Digest digest =
        builder.build(
            List.of(),
            List.of(
                item(1, "2024-03-04", "CC", LocalDate.parse("2024-03-08"), ItemStatus.OPEN, null),
                item(2, "2024-03-04", "CC", LocalDate.parse("2024-03-12"), ItemStatus.OPEN, null),
                item(3, "2024-02-26", "CC", null, ItemStatus.DONE, "2024-03-06T10:00:00Z"),
                item(4, "2024-02-26", "CC", null, ItemStatus.DONE, "2024-02-28T10:00:00Z")),
            List.of(),
            SINCE,
            UNTIL);

    assertThat(digest.overdue()).extracting(TrackedItem::id).containsExactly(1L);
    assertThat(digest.done()).extracting(TrackedItem::id).containsExactly(3L);
  }

  @Test
  void comparesOpenItemsAtTheEndOfTheWindowWithAWeekEarlier() {
    Digest digest =
        builder.build(
            List.of(),
            List.of(
                item(1, "2024-02-26", "CC", null, ItemStatus.OPEN, null),
                item(2, "2024-02-26", "CC", null, ItemStatus.DONE, "2024-03-06T10:00:00Z"),
                item(3, "2024-03-04", "CC", null, ItemStatus.OPEN, null),
                item(4, "2024-03-07", "CC", null, ItemStatus.OPEN, null)),
            List.of(),
            SINCE,
            UNTIL);

    assertThat(digest.openNow()).isEqualTo(3);
    assertThat(digest.openWeekAgo()).isEqualTo(2);
    assertThat(DigestText.render(digest, DigestText.Style.MARKDOWN))
        .contains("**Trend:** 3 open items now, 2 a week ago (+1).");
  }

  @Test
  void rendersPlainTextWithoutMarkdown() {
    Digest digest =
        builder.build(
            List.of(meeting(2, "2024-03-04", "Release planning", "Ship it")),
            List.of(item(1, "2024-03-04", "CC", null, ItemStatus.OPEN, null)),
            List.of(),
            SINCE,
            UNTIL);

    String text = DigestText.render(digest, DigestText.Style.TEXT);

    assertThat(text)
        .startsWith("Weekly digest 2024-03-04 to 2024-03-10\n=====")
        .contains("- Release planning · maintainers · 2024-03-04 · https://")
        .contains("  - Decision: Ship it")
        .doesNotContain("**", "## ", "<https");
  }

  @Test
  void listsAStaleItemInItsOwnSectionAndNotAsOverdue() {
    TrackedItem stale =
        item(1, "2024-03-04", "CC", LocalDate.parse("2024-03-05"), ItemStatus.OPEN, null);
    TrackedItem overdue =
        item(2, "2024-03-04", "CC", LocalDate.parse("2024-03-06"), ItemStatus.OPEN, null);

    Digest digest = builder.build(List.of(), List.of(stale, overdue), List.of(stale), SINCE, UNTIL);

    assertThat(digest.overdue()).extracting(TrackedItem::id).containsExactly(2L);
    assertThat(digest.stale()).extracting(TrackedItem::id).containsExactly(1L);
    assertThat(DigestText.render(digest, DigestText.Style.MARKDOWN))
        .contains("## Stale, no longer reminded (1)\n- #1 CC: ");
  }
}
