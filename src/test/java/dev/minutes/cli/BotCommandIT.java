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
      Files.writeString(
          config,
          String.join(
              "\n",
              "github.mode=off",
              discord.configLines(),
              "digest.cron=* * * * *",
              "reminders.cron=0 0 1 1 *",
              ""));
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
      Future<Cli> bot =
          runner.submit(
              () ->
                  Cli.run(
                      Map.of("DISCORD_TOKEN", "test-token"),
                      Clock.systemUTC(),
                      "--config",
                      config.toString(),
                      "bot",
                      "--store",
                      store));
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
}
