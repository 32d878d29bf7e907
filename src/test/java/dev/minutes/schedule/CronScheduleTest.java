package dev.minutes.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CronScheduleTest {
  static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

  static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  @Test
  void firesAtTheWallClockTimeOfItsZone() {
    CronSchedule mondays = CronSchedule.parse("0 9 * * 1", BUCHAREST);

    Slot slot = mondays.latestAtOrBefore(at("2024-03-11T09:00:30+02:00")).orElseThrow();

    assertThat(slot.local()).isEqualTo(LocalDateTime.parse("2024-03-11T09:00"));
    assertThat(slot.at()).isEqualTo(Instant.parse("2024-03-11T07:00:00Z"));
    assertThat(mondays.previous(slot).orElseThrow().local())
        .isEqualTo(LocalDateTime.parse("2024-03-04T09:00"));
  }

  @Test
  void aSlotIsNotDueOneMinuteBeforeItsTime() {
    CronSchedule mondays = CronSchedule.parse("0 9 * * 1", BUCHAREST);

    assertThat(mondays.latestAtOrBefore(at("2024-03-11T08:59:59+02:00")).orElseThrow().local())
        .isEqualTo(LocalDateTime.parse("2024-03-04T09:00"));
  }

  @Test
  void aTimeInTheSpringForwardGapFiresRightAfterTheGap() {
    // 2024-03-31 in Bucharest: 03:00 jumps to 04:00, so 03:30 does not exist that day.
    CronSchedule daily = CronSchedule.parse("30 3 * * *", BUCHAREST);

    assertThat(daily.latestAtOrBefore(at("2024-03-31T04:20+03:00")).orElseThrow().local())
        .isEqualTo(LocalDateTime.parse("2024-03-30T03:30"));
    Slot shifted = daily.latestAtOrBefore(at("2024-03-31T04:30+03:00")).orElseThrow();
    assertThat(shifted.local()).isEqualTo(LocalDateTime.parse("2024-03-31T03:30"));
    assertThat(shifted.at()).isEqualTo(at("2024-03-31T04:30+03:00"));
  }

  @Test
  void aTimeInTheRepeatedAutumnHourFiresAtItsFirstOccurrenceOnly() {
    // 2024-10-27 in Bucharest: 04:00 goes back to 03:00, so 03:30 happens twice.
    CronSchedule daily = CronSchedule.parse("30 3 * * *", BUCHAREST);

    Slot first = daily.latestAtOrBefore(at("2024-10-27T03:45+03:00")).orElseThrow();
    Slot second = daily.latestAtOrBefore(at("2024-10-27T03:45+02:00")).orElseThrow();

    assertThat(first).isEqualTo(second);
    assertThat(first.at()).isEqualTo(at("2024-10-27T03:30+03:00"));
  }

  @Test
  void refusesAnExpressionThatIsNotFiveFieldUnixCron() {
    assertThatThrownBy(() -> CronSchedule.parse("0 0 9 ? * MON", BUCHAREST))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
