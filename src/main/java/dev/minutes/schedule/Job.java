package dev.minutes.schedule;

/** Work the {@link Scheduler} runs once per slot of its cron schedule. */
public interface Job {
  /** Names the job in run-once keys ({@code digest@2024-03-11T09:00}) and log lines. */
  String name();

  CronSchedule schedule();

  /**
   * Does the slot's work.
   *
   * @return a short account of what was done, stored with the run record
   */
  String run(Slot slot);
}
