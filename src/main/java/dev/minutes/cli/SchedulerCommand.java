package dev.minutes.cli;

import dev.minutes.chat.ChatSession;
import dev.minutes.items.Store;
import dev.minutes.schedule.Scheduler;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

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
final class SchedulerCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;
  private final StoreOption storeOption = new StoreOption();
  @Mixin PeopleOption peopleOption;

  @Option(names = "--once", description = "Run what is due now, then exit.")
  boolean once;

  @Option(
      names = "--every",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description = "Seconds between checks (default: ${DEFAULT-VALUE}).")
  int everySeconds;

  @Override
  public Integer call() throws InterruptedException {
    ScheduleSettings settings = ScheduleSettings.from(main.config());
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = storeOption.open(main);
        ChatSession chat = ChatChoice.open(main.config(), out)) {
      Scheduler scheduler = settings.scheduler(store, chat, peopleOption.load(), main.clock());
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
    return ExitCode.OK.code();
  }
}
