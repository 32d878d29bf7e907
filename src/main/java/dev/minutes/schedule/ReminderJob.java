package dev.minutes.schedule;

import dev.minutes.items.ItemFilter;
import dev.minutes.items.Store;
import dev.minutes.remind.Reminder;
import dev.minutes.remind.ReminderPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Sends the reminders due at each slot of {@code reminders.cron}. */
public final class ReminderJob implements Job {
  private final CronSchedule schedule;
  private final Store store;
  private final ReminderPolicy policy;
  private final ReminderSender sender;
  private final Clock clock;

  public ReminderJob(
      CronSchedule schedule,
      Store store,
      ReminderPolicy policy,
      ReminderSender sender,
      Clock clock) {
    this.schedule = schedule;
    this.store = store;
    this.policy = policy;
    this.sender = sender;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "reminders";
  }

  @Override
  public CronSchedule schedule() {
    return schedule;
  }

  @Override
  public String run(Slot slot) {
    // The current time, not the slot's: a caught-up run must see today's snoozes and quiet hours.
    Instant now = clock.instant();
    if (policy.quiet(now, schedule.zone())) {
      return "quiet hours: nothing sent";
    }
    List<Reminder> due =
        policy.due(
            store.liveItems(ItemFilter.open()),
            store.reminderOptOuts(),
            store.repeatedReminderCounts(),
            now,
            schedule.zone());
    List<Reminder> sent = sender.send(due, now);
    return "sent " + sent.size() + " reminders (" + ReminderSender.itemCount(sent) + " items)";
  }
}
