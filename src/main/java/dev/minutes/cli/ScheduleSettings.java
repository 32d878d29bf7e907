package dev.minutes.cli;

import dev.minutes.chat.Chat;
import dev.minutes.config.Config;
import dev.minutes.config.ConfigException;
import dev.minutes.digest.DigestBuilder;
import dev.minutes.items.Store;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.remind.QuietHours;
import dev.minutes.remind.ReminderPolicy;
import dev.minutes.remind.ReminderSettings;
import dev.minutes.schedule.CronSchedule;
import dev.minutes.schedule.DigestJob;
import dev.minutes.schedule.ReminderDelivery;
import dev.minutes.schedule.ReminderJob;
import dev.minutes.schedule.ReminderSender;
import dev.minutes.schedule.Scheduler;
import dev.minutes.schedule.StoredDigests;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * The digest, reminder and schedule keys of {@code bot-config.properties}, read and validated with
 * the rest of the configuration ({@link Settings}); their defaults are in {@code ConfigKeys}.
 */
record ScheduleSettings(
    CronSchedule digestSchedule,
    String linkBase,
    CronSchedule reminderSchedule,
    ReminderSettings reminders,
    ReminderDelivery delivery,
    Duration catchUp) {
  static final String CRON_FORM = "a five-field Unix cron expression such as 0 9 * * 1";

  static ScheduleSettings from(Config config) {
    ZoneId digestZone = config.zone("digest.zone");
    ZoneId reminderZone = config.zone("reminders.zone", digestZone);
    return new ScheduleSettings(
        cron(config, "digest.cron", digestZone),
        config.notesBaseUrl().orElse(""),
        cron(config, "reminders.cron", reminderZone),
        new ReminderSettings(
            atLeast(config, "reminders.overdue-every-days", 1),
            atLeast(config, "reminders.no-due-date-after-days", 1),
            atLeast(config, "reminders.max-repeats", 1),
            config.parsed(
                "reminders.quiet-hours",
                QuietHours::parse,
                "HH:MM-HH:MM such as 22:00-08:00, or none")),
        config.choice("reminders.delivery", ReminderDelivery.class),
        config.duration("schedule.catch-up"));
  }

  StoredDigests digests(Store store, PeopleDirectory people) {
    return new StoredDigests(
        store,
        new DigestBuilder(digestSchedule.zone(), linkBase, people),
        new ReminderPolicy(reminders, people));
  }

  /** The digest and reminder jobs on their schedules; the scheduler command and the bot run it. */
  Scheduler scheduler(Store store, Chat chat, PeopleDirectory people, Clock clock) {
    return new Scheduler(
        store,
        clock,
        catchUp,
        List.of(
            new DigestJob(digestSchedule, digests(store, people), chat),
            new ReminderJob(
                reminderSchedule,
                store,
                new ReminderPolicy(reminders, people),
                new ReminderSender(store, chat, delivery),
                clock)));
  }

  /** One line saying when the jobs run, for the log of whoever runs the scheduler. */
  String describe() {
    return "digest " + digestSchedule + ", reminders " + reminderSchedule + ", catch-up " + catchUp;
  }

  private static CronSchedule cron(Config config, String key, ZoneId zone) {
    return config.parsed(key, e -> CronSchedule.parse(e, zone), CRON_FORM);
  }

  private static int atLeast(Config config, String key, int minimum) {
    int value = config.integer(key);
    if (value < minimum) {
      throw new ConfigException(
          config.where(key), "must be at least " + minimum + ", is " + value, null);
    }
    return value;
  }
}
