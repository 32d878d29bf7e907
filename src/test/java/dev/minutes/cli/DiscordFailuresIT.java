package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.chat.discord.FakeDiscord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code digest --post} against a Discord that fails in every way we know: each failure is one
 * {@code minutes:} line naming the setting or service, with no stack trace, no text of the server
 * and no token, on the command's output or in the log.
 */
@Timeout(60)
class DiscordFailuresIT {
  private static final String TOKEN = "discord-token-never-printed-0123456789";
  private static final String ECHO = "server says " + TOKEN + " <script>";

  @TempDir Path folder;

  @Test
  void aForbiddenChannelNamesTheBotsPermissions() throws Exception {
    Outcome run = postWithMessagesFailing(403, "{\"message\":\"" + ECHO + "\",\"code\":50013}");

    run.assertOneClearLine("Discord", "403", "permission");
  }

  @Test
  void anUnprocessableMessageIsOneLine() throws Exception {
    postWithMessagesFailing(422, "{\"message\":\"" + ECHO + "\",\"code\":50035}")
        .assertOneClearLine("Discord", "422");
  }

  @Test
  void aServerErrorSaysTryAgainLater() throws Exception {
    postWithMessagesFailing(500, "{\"message\":\"" + ECHO + "\"}")
        .assertOneClearLine("Discord", "500", "again");
  }

  @Test
  void anAnswerThatIsNotJsonIsOneLineAndQuick() throws Exception {
    postWithMessagesFailing(200, "<html>" + ECHO + "</html>").assertOneClearLine("Discord");
  }

  @Test
  void aRefusedConnectionNamesTheApiUrl() throws Exception {
    post("discord.api-url=http://127.0.0.1:9/api/v10/\ndiscord.guild=1\ndiscord.channel=2\n")
        .assertOneClearLine("discord.api-url");
  }

  @Test
  void anUnknownHostNamesTheApiUrl() throws Exception {
    post("discord.api-url=http://no-such-host.invalid/api/v10/\ndiscord.guild=1\n")
        .assertOneClearLine("discord.api-url");
  }

  private Outcome postWithMessagesFailing(int status, String body) throws Exception {
    try (FakeDiscord discord = new FakeDiscord()) {
      discord.fail(
          new FakeDiscord.Fault(
              "POST",
              "/channels/" + FakeDiscord.CHANNEL + "/messages",
              status,
              body.startsWith("{") ? "application/json" : "text/html",
              body));
      return post(discord.configLines());
    }
  }

  private Outcome post(String config) throws IOException {
    Path file = folder.resolve("bot-config.properties");
    // The small meeting is old: live here, not history (see AdoptionIT).
    Files.writeString(file, config + "\nnotes.since=2000-01-01\n");
    Console console =
        Console.capture(
            () ->
                Cli.run(
                    Map.of("DISCORD_TOKEN", TOKEN),
                    Clock.systemUTC(),
                    "--config",
                    file.toString(),
                    "digest",
                    "--post",
                    "--store",
                    "jdbc:sqlite:" + folder.resolve("minutes.db")));
    return new Outcome(console);
  }

  /** A digest --post failure: exit 1 and exactly one minutes: line on the error output. */
  record Outcome(Console console) {
    void assertOneClearLine(String... names) {
      Cli run = console.run();
      assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USER_ERROR.code());
      assertThat(run.err().lines().filter(l -> l.startsWith("minutes: "))).hasSize(1);
      console.assertOneClearLine(TOKEN, names);
    }
  }
}
