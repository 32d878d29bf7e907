package dev.minutes.cli;

import dev.minutes.chat.ChatSession;
import dev.minutes.chat.DiscordMarkdown;
import dev.minutes.items.ItemFilter;
import dev.minutes.items.Store;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.people.Person;
import dev.minutes.remind.Reminder;
import dev.minutes.remind.ReminderPolicy;
import dev.minutes.schedule.ReminderSender;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code minutes remind}: sends the reminders due now (each person once a day), previews them, or
 * turns one person's reminders off and on.
 */
@Command(
    name = "remind",
    mixinStandardHelpOptions = true,
    description = {
      "Sends the reminders due now: one message per owner, at most once a day.",
      "Printed instead of sent while DISCORD_TOKEN is unset."
    })
final class RemindCommand extends MinutesCommand {
  @ParentCommand Main main;
  private final StoreOption storeOption = new StoreOption();

  @Option(names = "--dry-run", description = "Show what would be sent; send and record nothing.")
  boolean dryRun;

  @Option(
      names = "--at",
      paramLabel = "DATETIME",
      description =
          "Preview the reminders due at this time (YYYY-MM-DDTHH:MM in reminders.zone);"
              + " implies --dry-run.")
  LocalDateTime at;

  @Option(names = "--off", paramLabel = "WHO", description = "Turn reminders off for a person.")
  String off;

  @Option(names = "--on", paramLabel = "WHO", description = "Turn reminders back on for a person.")
  String on;

  @Override
  ExitCode run() {
    ScheduleSettings settings = main.settings().schedule();
    ZoneId zone = settings.reminderSchedule().zone();
    PeopleDirectory people = main.people().load();
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = storeOption.open(main)) {
      if (off != null || on != null) {
        String who = name(people, off != null ? off : on);
        store.setRemindersEnabled(who, off == null, main.clock().instant());
        out.println("reminders " + (off != null ? "off" : "on") + " for " + who);
        out.flush();
        return ExitCode.OK;
      }
      Instant now = at == null ? main.clock().instant() : at.atZone(zone).toInstant();
      ReminderPolicy policy = new ReminderPolicy(settings.reminders(), people);
      String when = now.atZone(zone).toLocalDateTime().withNano(0) + " " + zone;
      if (policy.quiet(now, zone)) {
        out.println("quiet hours (reminders.quiet-hours): no reminders are sent at " + when);
      } else {
        List<Reminder> due =
            policy.due(
                store.liveItems(ItemFilter.open()),
                store.reminderOptOuts(),
                store.repeatedReminderCounts(),
                now,
                zone);
        if (due.isEmpty()) {
          out.println("no reminders due at " + when);
        } else if (dryRun || at != null) {
          preview(out, due, when);
        } else {
          send(out, store, settings, due, now);
        }
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  private void preview(PrintWriter out, List<Reminder> due, String when) {
    out.println("dry run: " + due.size() + " reminders due at " + when + ", nothing sent");
    for (Reminder reminder : due) {
      out.println();
      out.println("to " + reminder.recipient() + ":");
      out.println(reminder.text(DiscordMarkdown::mention));
    }
  }

  private void send(
      PrintWriter out, Store store, ScheduleSettings settings, List<Reminder> due, Instant now) {
    List<Reminder> sent;
    boolean delivered;
    try (ChatSession chat = ChatChoice.open(main.settings(), out)) {
      sent = new ReminderSender(store, chat, settings.delivery()).send(due, now);
      delivered = chat.delivers();
    }
    if (!delivered) {
      out.println(
          "dry run: showed "
              + sent.size()
              + " of "
              + due.size()
              + " reminders due; nothing is"
              + " recorded as sent, so a run with a Discord token still sends them");
      return;
    }
    for (Reminder reminder : due) {
      if (!sent.contains(reminder)) {
        out.println("already reminded on " + reminder.day() + ": " + reminder.recipient());
      }
    }
    out.println("sent " + sent.size() + " of " + due.size() + " reminders due");
  }

  private static String name(PeopleDirectory people, String who) {
    return people.find(who).map(Person::name).orElse(who.replaceFirst("^@", ""));
  }
}
