package dev.minutes.cli;

import dev.minutes.chat.ChatSession;
import dev.minutes.items.Store;
import dev.minutes.schedule.Scheduler;
import java.io.PrintWriter;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code minutes scheduler}: runs the digest and reminder jobs on their cron schedules until
 * stopped. Safe to run in several processes on one PostgreSQL store: each slot runs once.
 */
@Command(
    name = "scheduler",
    mixinStandardHelpOptions = true,
    description =
        "Runs the weekly digest and the reminders on schedule (digest.cron,"
            + " reminders.cron), catching up a missed run within schedule.catch-up.")
final class SchedulerCommand extends MinutesCommand {
  @ParentCommand Main main;
  private final StoreOption storeOption = new StoreOption();

  @Option(names = "--once", description = "Run what is due now, then exit.")
  boolean once;

  @Option(
      names = "--every",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description = "Seconds between checks (default: ${DEFAULT-VALUE}).")
  int everySeconds;

  @Override
  ExitCode run() throws InterruptedException {
    ScheduleSettings settings = main.settings().schedule();
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = storeOption.open(main);
        ChatSession chat = ChatChoice.open(main.settings(), out)) {
      Scheduler scheduler = settings.scheduler(store, chat, main.people().load(), main.clock());
      out.println("scheduler: " + settings.describe());
      out.flush();
      do {
        // Without a token nothing is claimed: the run with a token later still sends.
        for (String ran : chat.delivers() ? scheduler.tick() : scheduler.preview()) {
          out.println("ran " + ran);
        }
        out.flush();
        if (!once) {
          Thread.sleep(Duration.ofSeconds(everySeconds).toMillis());
        }
      } while (!once);
    }
    return ExitCode.OK;
  }
}
