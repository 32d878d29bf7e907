package dev.minutes.schedule;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One firing of a cron schedule.
 *
 * @param local the wall-clock time the cron expression names; with the job name it keys the run, so
 *     the hour that repeats when clocks go back cannot run a job twice
 * @param at when it fires: {@code local} in the zone, moved past the gap when clocks go forward
 */
public record Slot(LocalDateTime local, Instant at) {}
