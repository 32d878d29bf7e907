package dev.minutes.remind;

import static dev.minutes.remind.Items.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minutes.items.ItemStatus;
import dev.minutes.items.TrackedItem;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.people.Person;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReminderPolicyTest {
  static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
  static final LocalDate DUE = LocalDate.parse("2024-03-08");
  static final PeopleDirectory PEOPLE =
      PeopleDirectory.of(
          List.of(
              new Person("Cezar Crăciunoiu", List.of("CC"), List.of("Cezar"), null, "1001"),
              new Person("Răzvan Deaconescu", List.of("RD"), List.of("RăzvanD"), null, null)));

  final ReminderPolicy policy =
      new ReminderPolicy(new ReminderSettings(3, 14, 3, QuietHours.parse("22:00-08:00")), PEOPLE);

  /** 09:00 in Bucharest on the given day, read from a fixed clock as the scheduler would. */
  static Instant nineOn(String day) {
    return Clock.fixed(
            ZonedDateTime.of(LocalDate.parse(day), LocalTime.of(9, 0), BUCHAREST).toInstant(),
            BUCHAREST)
        .instant();
  }

  List<Reminder> due(List<TrackedItem> items, String day) {
    return policy.due(items, Set.of(), Map.of(), nineOn(day), BUCHAREST);
  }

  @Test
  void remindsAnItemDueTomorrow() {
    List<Reminder> reminders = due(List.of(open(1, "CC", "Cezar", DUE)), "2024-03-07");

    assertThat(reminders)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.items())
                  .extracting(RemindedItem::reason)
                  .containsExactly(Reason.DUE_TOMORROW);
              assertThat(r.text(id -> "<@" + id + ">")).contains("due tomorrow (2024-03-08)");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"Everyone", "All", "all", "@here"})
  void aGroupIsNoPersonAndGetsNoPersonalReminder(String group) {
    List<Reminder> reminders =
        due(List.of(open(1, group, null, DUE), open(2, "CC", "Cezar", DUE)), "2024-03-07");

    assertThat(reminders).extracting(Reminder::recipient).containsExactly("Cezar Crăciunoiu");
  }

  @Test
  void remindsAnItemDueToday() {
    assertThat(due(List.of(open(1, "CC", "Cezar", DUE)), "2024-03-08"))
        .flatExtracting(Reminder::items)
        .extracting(RemindedItem::reason)
        .containsExactly(Reason.DUE_TODAY);
  }

  @Test
  void saysNothingTwoDaysBeforeTheDueDate() {
    assertThat(due(List.of(open(1, "CC", "Cezar", DUE)), "2024-03-06")).isEmpty();
  }

  @ParameterizedTest(name = "{0}: overdue reminder {1}")
  @CsvSource({
    "2024-03-09, true",
    "2024-03-10, false",
    "2024-03-11, false",
    "2024-03-12, true",
    "2024-03-13, false",
    "2024-03-15, true",
    "2024-04-05, true",
    "2024-04-07, false"
  })
  void remindsAnOverdueItemTheDayAfterItsDueDateThenEveryThreeDays(String day, boolean reminded) {
    List<Reminder> reminders = due(List.of(open(1, "CC", "Cezar", DUE)), day);

    if (reminded) {
      assertThat(reminders)
          .flatExtracting(Reminder::items)
          .extracting(RemindedItem::reason, RemindedItem::days)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  Reason.OVERDUE,
                  java.time.temporal.ChronoUnit.DAYS.between(DUE, LocalDate.parse(day))));
    } else {
      assertThat(reminders).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}: open {1} days without due date, reminded {2}")
  @CsvSource({
    "2024-03-17, 13, false",
    "2024-03-18, 14, true",
    "2024-03-19, 15, false",
    "2024-03-21, 17, true"
  })
  void remindsAnItemWithoutDueDateOnceOpenFourteenDaysThenEveryThreeDays(
      String day, long open, boolean reminded) {
    List<Reminder> reminders = due(List.of(open(1, "RD", "RăzvanD", null)), day);

    assertThat(reminders).hasSize(reminded ? 1 : 0);
    if (reminded) {
      assertThat(reminders.get(0).text(id -> "<@" + id + ">"))
          .contains("open for " + open + " days, no due date");
    }
  }

  @Test
  void sendsOneMessagePerOwnerListingAllTheirItems() {
    List<Reminder> reminders =
        due(
            List.of(
                open(1, "CC", "Cezar", DUE),
                open(2, "RD", "RăzvanD", DUE),
                open(3, "CC", "Cezar", DUE.minusDays(1)),
                open(4, "Cezar", "Cezar", DUE)),
            "2024-03-08");

    assertThat(reminders)
        .extracting(Reminder::recipient)
        .containsExactly("Cezar Crăciunoiu", "Răzvan Deaconescu");
    assertThat(reminders.get(0).items())
        .extracting(e -> e.item().id(), RemindedItem::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, Reason.DUE_TODAY),
            org.assertj.core.groups.Tuple.tuple(4L, Reason.DUE_TODAY),
            org.assertj.core.groups.Tuple.tuple(3L, Reason.OVERDUE));
  }

  @Test
  void mentionsTheOwnerByChatIdWhenTheDirectoryKnowsIt() {
    List<Reminder> reminders =
        due(List.of(open(1, "CC", "Cezar", DUE), open(2, "RD", "RăzvanD", DUE)), "2024-03-08");

    assertThat(reminders.get(0).chatUserId()).isEqualTo("1001");
    assertThat(reminders.get(0).text(id -> "<@" + id + ">")).startsWith("<@1001>");
    assertThat(reminders.get(1).chatUserId()).isNull();
    assertThat(reminders.get(1).text(id -> "<@" + id + ">")).startsWith("Răzvan Deaconescu,");
  }

  @Test
  void keysEachReminderByPersonAndDay() {
    assertThat(due(List.of(open(1, "CC", "Cezar", DUE)), "2024-03-08"))
        .extracting(Reminder::effectKey)
        .containsExactly("remind@Cezar Crăciunoiu@2024-03-08");
  }

  @Test
  void sendsNothingDuringQuietHoursThatWrapPastMidnight() {
    List<TrackedItem> items = List.of(open(1, "CC", "Cezar", DUE));
    Instant lateEvening = ZonedDateTime.of(DUE.atTime(22, 30), BUCHAREST).toInstant();
    Instant earlyMorning = ZonedDateTime.of(DUE.atTime(7, 59), BUCHAREST).toInstant();
    Instant morning = ZonedDateTime.of(DUE.atTime(8, 0), BUCHAREST).toInstant();

    assertThat(policy.due(items, Set.of(), Map.of(), lateEvening, BUCHAREST)).isEmpty();
    assertThat(policy.due(items, Set.of(), Map.of(), earlyMorning, BUCHAREST)).isEmpty();
    assertThat(policy.due(items, Set.of(), Map.of(), morning, BUCHAREST)).hasSize(1);
  }

  @Test
  void leavesOutPeopleWhoTurnedRemindersOffWhateverTheCaseOfTheirName() {
    List<TrackedItem> items = List.of(open(1, "CC", "Cezar", DUE), open(2, "RD", "RăzvanD", DUE));

    List<Reminder> reminders =
        policy.due(items, Set.of("cezar crăciunoiu"), Map.of(), nineOn("2024-03-08"), BUCHAREST);

    assertThat(reminders).extracting(Reminder::recipient).containsExactly("Răzvan Deaconescu");
  }

  @Test
  void aSnoozedItemWaitsUntilItsSnoozeEnds() {
    Instant now = nineOn("2024-03-08");
    TrackedItem snoozed = Items.item(1, "CC", "Cezar", DUE, ItemStatus.OPEN, now.plusSeconds(3600));
    TrackedItem snoozeOver = Items.item(2, "CC", "Cezar", DUE, ItemStatus.OPEN, now);

    assertThat(policy.due(List.of(snoozed, snoozeOver), Set.of(), Map.of(), now, BUCHAREST))
        .flatExtracting(Reminder::items)
        .extracting(e -> e.item().id())
        .containsExactly(2L);
  }

  @Test
  void neverRemindsDoneOrRemovedItems() {
    List<TrackedItem> items =
        List.of(
            Items.item(1, "CC", "Cezar", DUE, ItemStatus.DONE, null),
            Items.item(2, "CC", "Cezar", DUE, ItemStatus.REMOVED, null));

    assertThat(due(items, "2024-03-08")).isEmpty();
  }

  @Test
  void refusesQuietHoursItCannotRead() {
    assertThatThrownBy(() -> QuietHours.parse("late"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("22:00-08:00");
    assertThat(QuietHours.parse("none").contains(LocalTime.of(3, 0))).isFalse();
  }

  @Test
  void stopsRepeatingAnOverdueItemAfterMaxRepeatsButStillSaysWhenItIsDueToday() {
    List<TrackedItem> items = List.of(open(1, "CC", "Cezar", DUE));
    Map<Long, Integer> threeSent = Map.of(1L, 3);

    assertThat(policy.due(items, Set.of(), threeSent, nineOn("2024-03-12"), BUCHAREST)).isEmpty();
    assertThat(policy.due(items, Set.of(), Map.of(1L, 2), nineOn("2024-03-12"), BUCHAREST))
        .hasSize(1);
    assertThat(policy.due(items, Set.of(), threeSent, nineOn("2024-03-08"), BUCHAREST))
        .flatExtracting(Reminder::items)
        .extracting(RemindedItem::reason)
        .containsExactly(Reason.DUE_TODAY);
  }

  @Test
  void anOpenItemWhoseRepeatsRanOutIsStaleAndADoneOneIsNot() {
    TrackedItem ranOut = open(1, "CC", "Cezar", DUE);
    TrackedItem twoSent = open(2, "CC", "Cezar", DUE);
    TrackedItem done = Items.item(3, "CC", "Cezar", DUE, ItemStatus.DONE, null);

    assertThat(policy.stale(List.of(ranOut, twoSent, done), Map.of(1L, 3, 2L, 2, 3L, 5)))
        .containsExactly(ranOut);
  }

  @Test
  void refusesAMaxRepeatsBelowOne() {
    assertThatThrownBy(() -> new ReminderSettings(3, 14, 0, QuietHours.NONE))
        .hasMessageContaining("reminders.max-repeats");
  }
}
