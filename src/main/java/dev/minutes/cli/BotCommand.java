package dev.minutes.cli;

import dev.minutes.application.IngestNotes;
import dev.minutes.application.OpenIssues;
import dev.minutes.chat.ChatTexts;
import dev.minutes.chat.discord.BotServices;
import dev.minutes.chat.discord.DigestPreview;
import dev.minutes.chat.discord.DiscordBot;
import dev.minutes.ingest.Ingester;
import dev.minutes.items.Store;
import dev.minutes.notes.MinutesException;
import dev.minutes.notesrepo.RepositoryFollower;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.schedule.Scheduler;
import dev.minutes.schedule.StoredDigests;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code minutes bot}: runs the Discord bot until stopped. */
@Command(
    name = "bot",
    mixinStandardHelpOptions = true,
    description = {
      "Connects to Discord and runs the bot: slash commands /todos /done /reopen /meeting /issue"
          + " /ingest /iam, item buttons, and announcements of ingested meetings in"
          + " discord.channel. Needs DISCORD_TOKEN (or discord.token-file). Stops on Ctrl-C."
    })
final class BotCommand extends MinutesCommand {
  private static final Logger LOG = LoggerFactory.getLogger(BotCommand.class);
  private static final Duration TICK = Duration.ofSeconds(30);

  @ParentCommand Main main;
  private final StoreOption storeOption = new StoreOption();

  @Override
  ExitCode run() throws InterruptedException {
    DiscordWiring discord = new DiscordWiring(main.settings());
    String token =
        discord
            .token()
            .orElseThrow(
                () ->
                    new MinutesException(
                        "DISCORD_TOKEN",
                        "no bot token",
                        "set DISCORD_TOKEN or discord.token-file (see README.md, Discord bot)"));
    PeopleDirectory people = main.people().load();
    String peopleFingerprint = main.people().fingerprint();
    GitHubWiring github = new GitHubWiring(main.settings());
    ScheduleSettings schedule = main.settings().schedule();
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = storeOption.open(main);
        DiscordBot bot =
            DiscordBot.start(
                discord.settings(),
                token,
                store,
                people,
                services(github, store, people, schedule, peopleFingerprint),
                discord.announceMeetings(store, people, main.clock()),
                main.clock())) {
      ScheduledExecutorService ticker = runScheduler(schedule, store, bot, people);
      Optional<NotesRepoSettings> repository = main.settings().notes().repository();
      RepositoryFollower follower = repository.map(NotesRepoSettings::follower).orElse(null);
      if (follower != null) {
        followNotes(
            repository.get(), follower, ticker, store, bot, github, people, peopleFingerprint);
      }
      out.println(
          "minutes bot: connected; "
              + schedule.describe()
              + repository.map(r -> "; following " + r.url() + " every " + r.poll()).orElse("")
              + "; stop with Ctrl-C");
      out.flush();
      Runtime.getRuntime().addShutdownHook(new Thread(bot::close, "minutes-bot-stop"));
      try {
        bot.awaitShutdown();
      } finally {
        // A tick still running must end before the store and the connection close under it.
        ticker.shutdownNow();
        ticker.awaitTermination(10, TimeUnit.SECONDS);
        if (follower != null) {
          follower.close();
        }
      }
    }
    return ExitCode.OK;
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
      GitHubWiring github,
      Store store,
      PeopleDirectory people,
      ScheduleSettings schedule,
      String peopleFingerprint) {
    OpenIssues issues = github.openIssues(store, github.tracker(), people, main.clock());
    IngestNotes ingest =
        github.ingestNotes(
            IngestSettings.ingester(
                main.settings(), people, peopleFingerprint, store, main.clock()),
            store,
            people,
            main.clock());
    return new BotServices(
        issues::open,
        ingest::upload,
        digestPreview(schedule.digests(store, people)),
        github.statusChange(store, main.clock()));
  }

  /**
   * Every notes.poll: pulls the notes repository, ingests what changed, opens the issues and
   * announces the new meetings through the bot's connection, as `minutes watch` does.
   */
  private void followNotes(
      NotesRepoSettings repository,
      RepositoryFollower follower,
      ScheduledExecutorService ticker,
      Store store,
      DiscordBot bot,
      GitHubWiring github,
      PeopleDirectory people,
      String peopleFingerprint) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Ingester ingester =
        IngestSettings.ingester(main.settings(), people, peopleFingerprint, store, main.clock());
    NotesFollowing following =
        new NotesFollowing(
            follower, ingester, store, main.settings().notes().since(), main.clock());
    ticker.scheduleWithFixedDelay(
        () -> {
          try {
            IngestNotes ingest = github.ingestNotes(ingester, store, people, main.clock());
            long runStart = ingest.runStart();
            if (following.once(out, err).changed()) {
              IssueResultPrinter.printFollowUp(
                  ingest.followUp(runStart, github.maxPerRun()), out, err);
              bot.announcePending();
            }
          } catch (RuntimeException e) {
            // An unreachable repository must not stop the bot: the next poll tries again.
            LOG.error("following the notes repository failed: {}", e.toString());
          } finally {
            out.flush();
            err.flush();
          }
        },
        0,
        repository.poll().toMillis(),
        TimeUnit.MILLISECONDS);
  }

  private DigestPreview digestPreview(StoredDigests digests) {
    return () -> ChatTexts.digest(digests.upTo(main.clock().instant()));
  }
}
