package dev.minutes.cli;

import dev.minutes.application.IngestNotes;
import dev.minutes.application.OpenIssues;
import dev.minutes.chat.ChatTexts;
import dev.minutes.chat.discord.BotServices;
import dev.minutes.chat.discord.DigestPreview;
import dev.minutes.chat.discord.DiscordBot;
import dev.minutes.items.Store;
import dev.minutes.notes.MinutesException;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.schedule.Scheduler;
import dev.minutes.schedule.StoredDigests;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code minutes bot}: runs the Discord bot until stopped. */
@Command(
    name = "bot",
    mixinStandardHelpOptions = true,
    description = {
      "Connects to Discord and runs the bot: slash commands /todos /done /reopen /meeting /issue"
          + " /ingest /iam, item buttons, and announcements of ingested meetings in"
          + " discord.channel. Needs DISCORD_TOKEN (or discord.token-file). Stops on Ctrl-C."
    })
final class BotCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(BotCommand.class);
  private static final Duration TICK = Duration.ofSeconds(30);

  @ParentCommand Main main;
  @Spec CommandSpec spec;
  @Mixin StoreOption storeOption;
  @Mixin PeopleOption peopleOption;

  @Override
  public Integer call() throws InterruptedException {
    DiscordWiring discord = new DiscordWiring(main.config());
    String token =
        discord
            .token()
            .orElseThrow(
                () ->
                    new MinutesException(
                        "DISCORD_TOKEN",
                        "no bot token",
                        "set DISCORD_TOKEN or discord.token-file (see README.md, Discord bot)"));
    PeopleDirectory people = peopleOption.load();
    GitHubWiring github = new GitHubWiring(main.config());
    ScheduleSettings schedule = ScheduleSettings.from(main.config());
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = storeOption.open(main.config(), main.environment());
        DiscordBot bot =
            DiscordBot.start(
                discord.settings(),
                token,
                store,
                people,
                services(github, store, people, schedule),
                discord.announcer(store, people, main.clock()),
                main.clock())) {
      ScheduledExecutorService ticker = runScheduler(schedule, store, bot, people);
      out.println("minutes bot: connected; " + schedule.describe() + "; stop with Ctrl-C");
      out.flush();
      Runtime.getRuntime().addShutdownHook(new Thread(bot::close, "minutes-bot-stop"));
      try {
        bot.awaitShutdown();
      } finally {
        // A tick still running must end before the store and the connection close under it.
        ticker.shutdownNow();
        ticker.awaitTermination(10, TimeUnit.SECONDS);
      }
    }
    return ExitCode.OK.code();
  }

  /** The digest and reminders run inside the bot, posting through its connection. */
  private ScheduledExecutorService runScheduler(
      ScheduleSettings schedule, Store store, DiscordBot bot, PeopleDirectory people) {
    Scheduler scheduler = schedule.scheduler(store, bot.chat(), people, main.clock());
    ScheduledExecutorService ticker =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "minutes-scheduler");
              thread.setDaemon(true);
              return thread;
            });
    ticker.scheduleWithFixedDelay(
        () -> {
          try {
            scheduler.tick().forEach(ran -> LOG.info("ran {}", ran));
          } catch (RuntimeException e) {
            // One bad tick (store unreachable) must not stop the schedule: the next one retries.
            LOG.error("scheduler tick failed; the next tick retries", e);
          }
        },
        0,
        TICK.toSeconds(),
        TimeUnit.SECONDS);
    return ticker;
  }

  /** The same use cases the commands call, over the bot's store and GitHub client. */
  private BotServices services(
      GitHubWiring github, Store store, PeopleDirectory people, ScheduleSettings schedule) {
    OpenIssues issues = github.openIssues(store, github.tracker(), people, main.clock());
    IngestNotes ingest =
        new IngestNotes(
            IngestSettings.ingester(
                main.config(), people, peopleOption.fingerprint(), store, main.clock()),
            issues);
    return new BotServices(
        issues::open,
        ingest::upload,
        digestPreview(schedule.digests(store, people)),
        github.statusChange(store, main.clock()));
  }

  private DigestPreview digestPreview(StoredDigests digests) {
    return () -> ChatTexts.digest(digests.upTo(main.clock().instant()));
  }
}
