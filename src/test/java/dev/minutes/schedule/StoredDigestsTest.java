package dev.minutes.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.digest.Digest;
import dev.minutes.digest.DigestBuilder;
import dev.minutes.ingest.Ingester;
import dev.minutes.items.ItemFilter;
import dev.minutes.items.ItemStatus;
import dev.minutes.items.Store;
import dev.minutes.items.TrackedItem;
import dev.minutes.parse.NotesFiles;
import dev.minutes.parse.NotesParser;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.remind.QuietHours;
import dev.minutes.remind.ReminderPolicy;
import dev.minutes.remind.ReminderSettings;
import dev.minutes.store.Database;
import dev.minutes.store.JdbcStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The digest read windowed in SQL is the digest built from every meeting and item of the store, for
 * every week of a real team's year of notes and for an empty week, stale section included.
 */
class StoredDigestsTest {
  private static final Path NOTES = Path.of("../shared/corpus/unikraft/discussions/app-compat");
  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

  @TempDir Path folder;

  @Test
  void everyWeeksDigestReadInSqlIsTheDigestOfTheWholeStore() throws IOException {
    try (Store store =
        new JdbcStore(Database.open("jdbc:sqlite:" + folder.resolve("m.db"), Map.of()))) {
      Clock clock = Clock.fixed(Instant.parse("2022-06-01T08:00:00Z"), ZoneOffset.UTC);
      Ingester ingester =
          new Ingester(new NotesParser(PeopleDirectory.empty()), store, clock, "test");
      for (Path file : NotesFiles.collect(List.of(NOTES))) {
        ingester.ingest(file.toString(), Files.readAllBytes(file), false);
      }
      List<TrackedItem> items = store.items(ItemFilter.all());
      // Some items done, on days spread over the year, so the done list and the trend vary.
      for (int i = 0; i < items.size(); i += 3) {
        store.setStatus(
            items.get(i).id(),
            ItemStatus.DONE,
            "test",
            Instant.parse("2022-03-20T10:00:00Z").plusSeconds(86_400L * i));
      }
      // Some items reminded twice (the limit here): they are stale, done or not, with a due date
      // or none, so the stale section and the overdue list vary with the week too.
      for (int i = 1; i < items.size(); i += 4) {
        List<Long> id = List.of(items.get(i).id());
        store.recordRepeatedReminders(id, LocalDate.of(2022, 5, 1));
        store.recordRepeatedReminders(id, LocalDate.of(2022, 5, 2));
      }
      // And some only once: not stale.
      for (int i = 2; i < items.size(); i += 4) {
        store.recordRepeatedReminders(List.of(items.get(i).id()), LocalDate.of(2022, 5, 1));
      }
      DigestBuilder builder =
          new DigestBuilder(BUCHAREST, "https://notes/", PeopleDirectory.empty());
      ReminderPolicy reminders =
          new ReminderPolicy(
              new ReminderSettings(3, 14, 2, QuietHours.NONE), PeopleDirectory.empty());
      StoredDigests digests = new StoredDigests(store, builder, reminders);
      List<TrackedItem> all = store.items(ItemFilter.all());
      List<TrackedItem> stale = reminders.stale(all, store.repeatedReminderCounts());
      assertThat(stale).isNotEmpty();

      int nonEmpty = 0;
      int withStale = 0;
      for (LocalDate monday = LocalDate.of(2022, 3, 14);
          monday.isBefore(LocalDate.of(2023, 6, 1));
          monday = monday.plusWeeks(1)) {
        Instant since = monday.atStartOfDay(BUCHAREST).toInstant();
        Instant until = monday.plusWeeks(1).atStartOfDay(BUCHAREST).toInstant();
        Digest windowed = digests.between(since, until);
        assertThat(windowed)
            .as("week of %s", monday)
            .isEqualTo(builder.build(store.meetings(null), all, stale, since, until));
        nonEmpty += windowed.meetings().isEmpty() ? 0 : 1;
        withStale += windowed.stale().isEmpty() ? 0 : 1;
      }
      assertThat(nonEmpty).isGreaterThan(20);
      assertThat(withStale).isGreaterThan(20);
      Instant emptySince = Instant.parse("2001-01-01T00:00:00Z");
      Instant emptyUntil = Instant.parse("2001-01-08T00:00:00Z");
      assertThat(digests.between(emptySince, emptyUntil))
          .isEqualTo(builder.build(store.meetings(null), all, stale, emptySince, emptyUntil));
    }
  }
}
