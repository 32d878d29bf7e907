package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.minutes.chat.discord.FakeDiscord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscordCommandsTest {
  @TempDir Path folder;

  @Test
  void ingestWithoutATokenPrintsTheAnnouncementItWouldPostOnce() throws Exception {
    String store = "jdbc:sqlite:" + folder.resolve("m.db");
    Path config = Files.writeString(folder.resolve("c.properties"), "notes.since=2000-01-01\n");
    String[] ingest = {
      "--config", config.toString(), "ingest", "--store", store, "notes/2024-03-04-maintainers.md"
    };

    Cli first = Cli.run(ingest);
    Cli again = Cli.run(ingest);

    assertThat(first.exit()).isZero();
    assertThat(first.out())
        .contains("Discord: would post to the channel (no DISCORD_TOKEN or discord.token-file)")
        .contains("📝 **Maintainers Meeting, March 4, 2024** — 2024-03-04 (maintainers)")
        .contains("• `#1` Create a GitHub project 0.16.3.");
    assertThat(again.out()).doesNotContain("Discord: would post");
  }

  @Test
  void theBotNeedsATokenAndSaysWhereToPutIt() {
    Cli run =
        Cli.run(
            Map.of(), Clock.systemUTC(), "bot", "--store", "jdbc:sqlite:" + folder.resolve("m.db"));

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("DISCORD_TOKEN").contains("no bot token");
  }

  @Test
  void ingestWithATokenPostsTheAnnouncementToTheChannelOnce() throws Exception {
    String store = "jdbc:sqlite:" + folder.resolve("m.db");
    try (FakeDiscord discord = new FakeDiscord()) {
      Path config = folder.resolve("bot-config.properties");
      Files.writeString(
          config,
          String.join(
              "\n", "github.mode=off", "notes.since=2000-01-01", discord.configLines(), ""));
      Map<String, String> env = Map.of("DISCORD_TOKEN", "test-token");
      String[] ingest = {
        "--config", config.toString(), "ingest", "--store", store, "notes/2024-03-04-maintainers.md"
      };

      Cli first = Cli.run(env, Clock.systemUTC(), ingest);
      JsonNode posted =
          new ObjectMapper()
              .readTree(discord.next("POST", "/channels/" + FakeDiscord.CHANNEL).body());
      Cli again = Cli.run(env, Clock.systemUTC(), ingest);

      assertThat(first.exit()).as(first.err()).isZero();
      assertThat(first.out()).contains("Discord: announced 1 meeting");
      assertThat(posted.get("content").asText())
          .contains("**Maintainers Meeting, March 4, 2024**", "Create a GitHub project 0.16.3.");
      assertThat(posted.get("allowed_mentions").get("parse")).isEmpty();
      assertThat(again.out()).contains("Discord: announced 0 meetings");
      assertThat(first.out() + first.err() + again.out() + again.err())
          .doesNotContain("test-token");
    }
  }
}
