package dev.minutes.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.MutableClock;
import dev.minutes.digest.DigestBuilder;
import dev.minutes.items.RunOnce;
import dev.minutes.items.Store;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.store.Database;
import dev.minutes.store.JdbcStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler on a real SQLite store, with a clock the test moves. */
class SchedulerTest {
  static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
  static final Duration CATCH_UP = Duration.ofHours(12);

  @TempDir Path folder;
  final List<Store> opened = new ArrayList<>();
  final MutableClock clock = new MutableClock(at("2024-03-11T09:00:30+02:00"));

  static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  /** A fresh process: a new connection to the same store file. */
  Store store() {
    Store store = new JdbcStore(Database.open("jdbc:sqlite:" + folder.resolve("m.db"), Map.of()));
    opened.add(store);
    return store;
  }

  Scheduler scheduler(Job job) {
    return new Scheduler(store(), clock, CATCH_UP, List.of(job));
  }

  @AfterEach
  void close() {
    opened.forEach(Store::close);
  }

  @Test
  void runsADueSlotOnceHoweverOftenItTicks() {
    CountingJob job = new CountingJob(CronSchedule.parse("0 9 * * 1", BUCHAREST));
    Scheduler scheduler = scheduler(job);

    assertThat(scheduler.tick()).containsExactly("count@2024-03-11T09:00");
    clock.advance(Duration.ofMinutes(1));
    assertThat(scheduler.tick()).isEmpty();
    assertThat(job.runs).containsOnlyKeys("2024-03-11T09:00");
  }

  @Test
  void aRestartRightAfterASentRunDoesNotSendItAgain() {
    CountingJob job = new CountingJob(CronSchedule.parse("0 9 * * 1", BUCHAREST));
    scheduler(job).tick();

    clock.advance(Duration.ofSeconds(5));
    assertThat(scheduler(job).tick()).isEmpty();

    assertThat(job.runs.get("2024-03-11T09:00")).hasValue(1);
  }

  @Test
  void aRestartAfterAMissedSlotCatchesItUpOnceWithinTheWindow() {
    CountingJob job = new CountingJob(CronSchedule.parse("0 9 * * 1", BUCHAREST));
    clock.set(at("2024-03-11T17:00:00+02:00")); // down from 08:00 to 17:00

    assertThat(scheduler(job).tick()).containsExactly("count@2024-03-11T09:00");
    assertThat(scheduler(job).tick()).isEmpty();
    assertThat(job.runs.get("2024-03-11T09:00")).hasValue(1);
    // The digest that was caught up still covers the week that ended at the slot.
    assertThat(job.slots.get(0).at()).isEqualTo(at("2024-03-11T09:00:00+02:00"));
  }

  @Test
  void aMissedSlotOlderThanTheWindowIsSkippedAndTheNextOneRuns() {
    CountingJob job = new CountingJob(CronSchedule.parse("0 9 * * *", BUCHAREST));
    clock.set(at("2024-03-12T08:00:00+02:00")); // yesterday's 09:00 is 23 hours old
    Scheduler scheduler = scheduler(job);

    assertThat(scheduler.tick()).isEmpty();
    clock.set(at("2024-03-12T09:00:10+02:00"));
    assertThat(scheduler.tick()).containsExactly("count@2024-03-12T09:00");
    assertThat(job.runs).containsOnlyKeys("2024-03-12T09:00");
  }

  @Test
  void saysOnceInTheLogWhichMissedSlotItSkippedAndWhy() {
    CountingJob job = new CountingJob(CronSchedule.parse("0 9 * * *", BUCHAREST));
    clock.set(at("2024-03-12T08:00:00+02:00"));
    Scheduler scheduler = scheduler(job);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream stderr = System.err;
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try {
      scheduler.tick();
      scheduler.tick();
    } finally {
      System.setErr(stderr);
    }

    assertThat(log.toString(StandardCharsets.UTF_8).lines())
        .singleElement()
        .asString()
        .contains(
            "[WARN]",
            "skipping count@2024-03-11T09:00: the slot was PT23H ago",
            "longer than schedule.catch-up PT12H");
  }

  @Test
  void aFailedRunIsRetriedOnTheNextTickAndThenRecorded() {
    CountingJob job = new CountingJob(CronSchedule.parse("0 9 * * 1", BUCHAREST)).failingFirst(1);
    Store store = store();
    Scheduler scheduler = new Scheduler(store, clock, CATCH_UP, List.of(job));

    assertThat(scheduler.tick()).isEmpty();
    assertThat(store.effect("count@2024-03-11T09:00")).isEmpty();
    clock.advance(Duration.ofSeconds(30));
    assertThat(scheduler.tick()).containsExactly("count@2024-03-11T09:00");
    assertThat(store.effect("count@2024-03-11T09:00").orElseThrow().completedAt()).isNotNull();
  }

  @Test
  void springForwardInBucharestNeitherSkipsNorDoublesADailyRun() {
    List<String> ran =
        tickEveryTenMinutes(
            "30 3 * * *", at("2024-03-30T00:00:00+02:00"), at("2024-04-02T00:00:00+03:00"));

    assertThat(ran)
        .containsExactly(
            "count@2024-03-30T03:30", "count@2024-03-31T03:30", "count@2024-04-01T03:30");
  }

  @Test
  void fallBackInBucharestNeitherSkipsNorDoublesADailyRun() {
    List<String> ran =
        tickEveryTenMinutes(
            "30 3 * * *", at("2024-10-26T00:00:00+03:00"), at("2024-10-29T00:00:00+02:00"));

    assertThat(ran)
        .containsExactly(
            "count@2024-10-26T03:30", "count@2024-10-27T03:30", "count@2024-10-28T03:30");
  }

  @Test
  void aRestartDuringTheRepeatedAutumnHourDoesNotRunTheSlotAgain() {
    CountingJob job = new CountingJob(CronSchedule.parse("30 3 * * *", BUCHAREST));
    clock.set(at("2024-10-27T03:40:00+03:00"));
    assertThat(scheduler(job).tick()).containsExactly("count@2024-10-27T03:30");

    clock.set(at("2024-10-27T03:40:00+02:00")); // an hour later, same wall-clock time
    assertThat(scheduler(job).tick()).isEmpty();
  }

  @Test
  void aDigestClaimedByAProcessThatDiedIsPostedExactlyOnceAfterTheRestart() {
    ReminderSenderTest.RecordingChat chat = new ReminderSenderTest.RecordingChat();
    CronSchedule monday = CronSchedule.parse("0 9 * * 1", BUCHAREST);
    DigestJob digest =
        new DigestJob(
            monday,
            new StoredDigests(
                store(),
                new DigestBuilder(BUCHAREST, null, PeopleDirectory.empty()),
                new dev.minutes.remind.ReminderPolicy(
                    new dev.minutes.remind.ReminderSettings(
                        3, 14, 3, dev.minutes.remind.QuietHours.NONE),
                    PeopleDirectory.empty())),
            chat);
    String key = "digest@2024-03-11T09:00";
    store().claimEffect(key, clock.instant()); // the process that claimed it died right after

    clock.advance(Duration.ofMinutes(5)); // restarted while the lease still runs
    assertThat(new Scheduler(store(), clock, CATCH_UP, List.of(digest)).tick()).isEmpty();
    clock.advance(RunOnce.LEASE);
    Scheduler restarted = new Scheduler(store(), clock, CATCH_UP, List.of(digest));
    Scheduler replica = new Scheduler(store(), clock, CATCH_UP, List.of(digest));

    assertThat(restarted.tick()).containsExactly(key);
    assertThat(replica.tick()).isEmpty();
    assertThat(restarted.tick()).isEmpty();
    assertThat(chat.sent).hasSize(1);
    assertThat(store().effect(key).orElseThrow().completedAt()).isNotNull();
  }

  private List<String> tickEveryTenMinutes(String cron, Instant from, Instant to) {
    CountingJob job = new CountingJob(CronSchedule.parse(cron, BUCHAREST));
    clock.set(from);
    Scheduler scheduler = scheduler(job);
    List<String> ran = new ArrayList<>();
    while (clock.instant().isBefore(to)) {
      ran.addAll(scheduler.tick());
      clock.advance(Duration.ofMinutes(10));
    }
    return ran;
  }
}
