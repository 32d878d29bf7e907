package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.minutes.chat.discord.FakeDiscord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.transport.RefSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code minutes bot} as a user starts it, against the local fake Discord: it announces what was
 * ingested before it ran, runs the digest schedule in-process, answers a slash command, and stops.
 */
class BotCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;

  @Test
  void theBotAnnouncesPendingMeetingsPostsTheScheduledDigestAndAnswersCommands() throws Exception {
    String store = "jdbc:sqlite:" + folder.resolve("m.db");
    Path config = folder.resolve("bot-config.properties");
    try (FakeDiscord discord = new FakeDiscord()) {
      Files.writeString(config, digestEveryMinute(discord) + "\n");
      Cli ingested =
          Cli.run(
              "--config",
              config.toString(),
              "ingest",
              "--store",
              store,
              "notes/2024-03-04-maintainers.md");
      assertThat(ingested.exit()).as(ingested.err()).isZero();

      ExecutorService runner = Executors.newSingleThreadExecutor();
      Future<Cli> bot = startBot(runner, config, store);
      try {
        discord.next("PUT", "/guilds/" + FakeDiscord.GUILD + "/commands");
        List<String> posted = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          posted.add(
              JSON.readTree(discord.next("POST", "/channels/" + FakeDiscord.CHANNEL).body())
                  .path("content")
                  .asText());
        }
        discord.slashCommand("123", List.of(), "todos", Map.of());
        String todos =
            JSON.readTree(discord.next("POST", "/callback").body())
                .path("data")
                .path("content")
                .asText();

        assertThat(posted)
            .anySatisfy(text -> assertThat(text).contains("**Maintainers Meeting, March 4, 2024**"))
            .anySatisfy(text -> assertThat(text).startsWith("# Weekly digest"));
        assertThat(todos).contains("Create a GitHub project 0.16.3.");
      } finally {
        bot.cancel(true); // interrupts the wait: the bot closes its connection and returns
        runner.shutdown();
        assertThat(runner.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
      }
    }
  }

  @Test
  void theBotFollowingABareRepositoryAnnouncesEachNewlyPushedMeetingOnceWithinOnePoll()
      throws Exception {
    Path bare = folder.resolve("origin.git");
    Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
    Path config = folder.resolve("bot-config.properties");
    try (FakeDiscord discord = new FakeDiscord();
        Git author =
            Git.init()
                .setInitialBranch("main")
                .setDirectory(folder.resolve("author").toFile())
                .call()) {
      Files.writeString(
          config,
          String.join(
              "\n",
              "github.mode=off",
              "notes.since=2000-01-01",
              discord.configLines(),
              "digest.cron=0 0 1 1 *",
              "reminders.cron=0 0 1 1 *",
              "notes.repo=" + bare.toUri(),
              "notes.poll=1s",
              "notes.root=checkout",
              ""));
      Path work = author.getRepository().getWorkTree().toPath();
      Files.writeString(work.resolve("README.md"), "# Our meetings\n");
      commitAndPush(author, bare, "Start");

      ExecutorService runner = Executors.newSingleThreadExecutor();
      Future<Cli> bot = startBot(runner, config, "jdbc:sqlite:" + folder.resolve("m.db"));
      try {
        discord.next("PUT", "/guilds/" + FakeDiscord.GUILD + "/commands");
        Files.createDirectories(work.resolve("notes"));
        Files.copy(Path.of("notes/2024-03-04-maintainers.md"), work.resolve("notes/2024-03-04.md"));
        commitAndPush(author, bare, "Maintainers meeting");
        String first = nextPost(discord);
        Files.copy(
            Path.of("src/test/resources/corpus/unikraft/discussions/community/2023/2023-03-13.md"),
            work.resolve("notes/2023-03-13.md"));
        commitAndPush(author, bare, "An older community meeting");
        String second = nextPost(discord);

        assertThat(first).contains("**Maintainers Meeting, March 4, 2024**");
        assertThat(second).doesNotContain("Maintainers Meeting").contains("2023-03-13");
      } finally {
        bot.cancel(true);
        runner.shutdown();
        assertThat(runner.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
      }
    }
  }

  /**
   * A configuration posting to {@code discord} whose digest is due every minute (and reminders
   * never), without GitHub, the test notes of 2024 live rather than history.
   */
  static String digestEveryMinute(FakeDiscord discord) {
    return String.join(
        "\n",
        "github.mode=off",
        "notes.since=2000-01-01",
        discord.configLines(),
        "digest.cron=* * * * *",
        "reminders.cron=0 0 1 1 *");
  }

  /** Runs {@code minutes bot} with the fake Discord's token on a thread of {@code runner}. */
  private static Future<Cli> startBot(ExecutorService runner, Path config, String store) {
    return runner.submit(
        () ->
            Cli.run(
                Map.of("DISCORD_TOKEN", "test-token"),
                Clock.systemUTC(),
                "--config",
                config.toString(),
                "bot",
                "--store",
                store));
  }

  private static String nextPost(FakeDiscord discord) throws Exception {
    return JSON.readTree(discord.next("POST", "/channels/" + FakeDiscord.CHANNEL).body())
        .path("content")
        .asText();
  }

  private static void commitAndPush(Git author, Path bare, String message) throws Exception {
    author.add().addFilepattern(".").call();
    author.commit().setMessage(message).setAuthor("A", "a@example.org").setSign(false).call();
    author.push().setRemote(bare.toUri().toString()).setRefSpecs(new RefSpec("main:main")).call();
  }
}
