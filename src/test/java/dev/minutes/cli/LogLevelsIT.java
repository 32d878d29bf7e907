package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.chat.discord.FakeDiscord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --verbose} and {@code --quiet} in a fresh process (the log's levels are fixed when it
 * starts), given before the command name or after it.
 */
class LogLevelsIT {
  private static final String NOTE = "notes/2024-03-04-maintainers.md";

  @TempDir Path folder;

  @Test
  void verboseShowsDebugLinesWhereverItIsGiven() throws Exception {
    String plain = ChildMinutes.piped(Map.of(), "parse", NOTE);
    String before = ChildMinutes.piped(Map.of(), "--verbose", "parse", NOTE);
    String after = ChildMinutes.piped(Map.of(), "parse", NOTE, "--verbose");

    assertThat(plain).doesNotContain("[DEBUG]").contains("Maintainers Meeting");
    for (String verbose : new String[] {before, after}) {
      assertThat(verbose)
          .contains("[DEBUG] dev.minutes.cli.MinutesCommand - settings read and checked in")
          .contains("minutes parse: exit code 0")
          .contains("Maintainers Meeting");
    }
  }

  @Test
  void verboseLogsTheStackTraceOfAnErrorThatStaysOneLineOtherwise() throws Exception {
    Path config = folder.resolve("bot-config.properties");
    Files.writeString(config, "digest.cron=every monday\n");

    String plain = ChildMinutes.piped(Map.of(), "--config", config.toString(), "digest");
    String verbose =
        ChildMinutes.piped(Map.of(), "--config", config.toString(), "digest", "--verbose");

    assertThat(plain).contains("digest.cron").doesNotContain("\tat ", "[DEBUG]");
    assertThat(verbose).contains("digest.cron").contains("[DEBUG]").contains("\tat dev.minutes.");
  }

  @Test
  void quietHidesInfoLinesButNotTheCommandsOutput() throws Exception {
    try (FakeDiscord discord = new FakeDiscord()) {
      String normal = schedulerRun(discord, "normal");
      String quietBefore = schedulerRun(discord, "before", "--quiet");
      String quietAfter = schedulerRun(discord, "after");

      assertThat(normal).contains("[INFO] dev.minutes.schedule.Scheduler - digest@");
      assertThat(quietBefore).doesNotContain("[INFO]").contains("ran digest@");
      assertThat(quietAfter).doesNotContain("[INFO]").contains("ran digest@");
    }
  }

  /**
   * Runs {@code minutes scheduler --once} in a child process on a store of its own, with a digest
   * due every minute posted to the fake Discord: the scheduler logs what it ran at info.
   */
  private String schedulerRun(FakeDiscord discord, String name, String... before) throws Exception {
    Path config = folder.resolve(name + ".properties");
    Files.writeString(
        config,
        "store.url=jdbc:sqlite:"
            + folder.resolve(name + ".db")
            + "\n"
            + BotCommandIT.digestEveryMinute(discord)
            + "\n");
    assertThat(Cli.run("--config", config.toString(), "ingest", NOTE).exit()).isZero();
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(before));
    args.addAll(java.util.List.of("--config", config.toString(), "scheduler", "--once"));
    if (name.equals("after")) {
      args.add("--quiet");
    }
    return ChildMinutes.piped(Map.of("DISCORD_TOKEN", "test-token"), args.toArray(String[]::new));
  }
}
