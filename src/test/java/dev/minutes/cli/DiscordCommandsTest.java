package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscordCommandsTest {
  @TempDir Path folder;

  @Test
  void ingestWithoutATokenPrintsTheAnnouncementItWouldPostOnce() {
    String store = "jdbc:sqlite:" + folder.resolve("m.db");

    Cli first = Cli.run("ingest", "--store", store, "notes/2024-03-04-maintainers.md");
    Cli again = Cli.run("ingest", "--store", store, "notes/2024-03-04-maintainers.md");

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
}
