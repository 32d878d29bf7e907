package dev.minutes.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.MutableClock;
import dev.minutes.TestNotes;
import dev.minutes.digest.Digest;
import dev.minutes.digest.DigestBuilder;
import dev.minutes.ingest.Ingester;
import dev.minutes.items.ItemFilter;
import dev.minutes.items.Store;
import dev.minutes.items.TrackedItem;
import dev.minutes.parse.NotesParser;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.remind.QuietHours;
import dev.minutes.remind.ReminderPolicy;
import dev.minutes.remind.ReminderSettings;
import dev.minutes.store.Database;
import dev.minutes.store.JdbcStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real note of 4 March 2024 (one item due 8 March, the others without a date) reminded every
 * day for 60 simulated days, starting when the dated item is 30 days overdue.
 */
class ReminderRepeatsTest {
  static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
  static final LocalDate THIRTY_DAYS_LATE = LocalDate.parse("2024-04-07");

  @TempDir Path folder;
  Store store;
  final ReminderSenderTest.RecordingChat chat = new ReminderSenderTest.RecordingChat();
  final MutableClock clock = new MutableClock(at(THIRTY_DAYS_LATE));
  final ReminderPolicy policy =
      new ReminderPolicy(
          new ReminderSettings(3, 14, ReminderSettings.DEFAULT_MAX_REPEATS, QuietHours.NONE),
          PeopleDirectory.empty());

  @BeforeEach
  void ingestTheNote() {
    store = new JdbcStore(Database.open("jdbc:sqlite:" + folder.resolve("m.db"), Map.of()));
    new Ingester(new NotesParser(PeopleDirectory.empty()), store, clock, "")
        .ingest(
            TestNotes.MAINTAINERS_2024_03_04,
            TestNotes.bytes(TestNotes.MAINTAINERS_2024_03_04),
            false);
  }

  @AfterEach
  void close() {
    store.close();
  }

  static Instant at(LocalDate day) {
    return day.atTime(9, 0).atZone(BUCHAREST).toInstant();
  }

  @Test
  void aThirtyDayOverdueItemGetsAtMostThreeRemindersInSixtyDaysThenOnlyTheDigestListsIt() {
    ReminderJob job =
        new ReminderJob(
            CronSchedule.parse("0 9 * * *", BUCHAREST),
            store,
            policy,
            new ReminderSender(store, chat, ReminderDelivery.CHANNEL),
            clock);
    TrackedItem overdue =
        store.items(ItemFilter.open()).stream()
            .filter(item -> item.due() != null)
            .findFirst()
            .orElseThrow();
    assertThat(overdue.due()).isEqualTo(THIRTY_DAYS_LATE.minusDays(30));

    Map<Long, Integer> remindersPerItem = new HashMap<>();
    for (int day = 0; day < 60; day++) {
      int before = chat.sent.size();
      job.run(new Slot(THIRTY_DAYS_LATE.plusDays(day).atTime(9, 0), clock.instant()));
      for (String message : chat.sent.subList(before, chat.sent.size())) {
        for (TrackedItem item : store.items(ItemFilter.all())) {
          if (message.matches(".*[\\[ ]" + item.id() + "[,\\]].*")) {
            remindersPerItem.merge(item.id(), 1, Integer::sum);
          }
        }
      }
      clock.advance(Duration.ofDays(1));
    }

    assertThat(remindersPerItem.get(overdue.id())).isEqualTo(3);
    assertThat(remindersPerItem.values()).allSatisfy(count -> assertThat(count).isLessThan(4));
    Digest digest =
        new StoredDigests(store, new DigestBuilder(BUCHAREST, "", PeopleDirectory.empty()), policy)
            .upTo(clock.instant());
    assertThat(digest.stale()).extracting(TrackedItem::id).contains(overdue.id());
    assertThat(digest.overdue()).extracting(TrackedItem::id).doesNotContain(overdue.id());
  }

  @Test
  void aNewDueDateStartsTheCountAgain() {
    long id = store.items(ItemFilter.open()).get(0).id();
    store.recordRepeatedReminders(List.of(id), THIRTY_DAYS_LATE);
    store.recordRepeatedReminders(List.of(id), THIRTY_DAYS_LATE);
    store.recordRepeatedReminders(List.of(id), THIRTY_DAYS_LATE.plusDays(3));

    assertThat(store.repeatedReminderCounts()).containsEntry(id, 2);
  }
}
