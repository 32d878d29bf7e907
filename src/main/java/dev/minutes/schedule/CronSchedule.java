package dev.minutes.schedule;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A Unix cron expression (five fields: minute hour day-of-month month day-of-week) read in a time
 * zone. cron-utils evaluates it on the wall clock (in UTC, which has no daylight saving) and the
 * result is then placed in the zone: a time inside the spring-forward gap fires just after the gap
 * instead of being skipped, and a time in the repeated autumn hour fires at its first occurrence.
 */
public final class CronSchedule {
  private static final CronParser UNIX =
      new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
  // Walking back past more than a few wall-clock slots that all lie after `now` cannot happen: only
  // one DST gap can separate a wall-clock time from the instant it maps to.
  private static final int MAX_STEPS_BACK = 4;

  private final String expression;
  private final ExecutionTime times;
  private final ZoneId zone;

  private CronSchedule(String expression, ExecutionTime times, ZoneId zone) {
    this.expression = expression;
    this.times = times;
    this.zone = zone;
  }

  /**
   * @throws IllegalArgumentException when {@code expression} is not a five-field Unix cron
   */
  public static CronSchedule parse(String expression, ZoneId zone) {
    return new CronSchedule(expression, ExecutionTime.forCron(UNIX.parse(expression)), zone);
  }

  public ZoneId zone() {
    return zone;
  }

  /** The most recent slot that fires at or before {@code now}. */
  public Optional<Slot> latestAtOrBefore(Instant now) {
    LocalDateTime wall = LocalDateTime.ofInstant(now, zone).truncatedTo(ChronoUnit.MINUTES);
    Optional<LocalDateTime> candidate =
        times.isMatch(onWallClock(wall)) ? Optional.of(wall) : before(wall);
    for (int step = 0; step < MAX_STEPS_BACK && candidate.isPresent(); step++) {
      Slot slot = slot(candidate.get());
      if (!slot.at().isAfter(now)) {
        return Optional.of(slot);
      }
      candidate = before(candidate.get());
    }
    return Optional.empty();
  }

  /** The slot before {@code slot}: where the period that {@code slot} closes began. */
  public Optional<Slot> previous(Slot slot) {
    return before(slot.local()).map(this::slot);
  }

  private Optional<LocalDateTime> before(LocalDateTime wall) {
    return times.lastExecution(onWallClock(wall)).map(ZonedDateTime::toLocalDateTime);
  }

  private Slot slot(LocalDateTime wall) {
    return new Slot(wall, ZonedDateTime.of(wall, zone).toInstant());
  }

  private static ZonedDateTime onWallClock(LocalDateTime wall) {
    return wall.atZone(ZoneOffset.UTC);
  }

  @Override
  public String toString() {
    return expression + " (" + zone + ")";
  }
}
