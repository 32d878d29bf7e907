package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.chat.discord.FakeDiscord;
import dev.minutes.tracker.github.FakeGitHub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A meeting imported as history stays history when its notes are edited later: the paths that
 * follow edits (issues kept in step, announcements edited in place, reminders) leave it alone.
 */
class HistoryEditsIT {
  private static final String TOKEN = "fake-token-that-must-never-be-printed-0123456789";
  private static final String REPO = "unikraft/meeting-notes";
  // 09:00 in Bucharest, months after the meeting of 4 March 2024: older than the default cutoff.
  private static final Clock NOW =
      Clock.fixed(Instant.parse("2024-12-02T07:00:00Z"), ZoneId.of("UTC"));

  @TempDir Path folder;

  @Test
  void editingRemovingAndFinishingItemsOfAHistoryMeetingOpensEditsAndAnnouncesNothing()
      throws Exception {
    try (FakeGitHub github = new FakeGitHub(TOKEN, REPO);
        FakeDiscord discord = new FakeDiscord()) {
      Path config = folder.resolve("bot-config.properties");
      Files.writeString(
          config,
          String.join(
              "\n",
              "github.mode=auto",
              "github.repo=" + REPO,
              "github.api-url=" + github.apiUrl(),
              "github.close-on-done=true",
              "github.write-pause=0s",
              "digest.zone=Europe/Bucharest",
              discord.configLines(),
              ""));
      String store = "jdbc:sqlite:" + folder.resolve("minutes.db");
      Map<String, String> tokens = Map.of("GITHUB_TOKEN", TOKEN, "DISCORD_TOKEN", "test-token");
      List<String> base = List.of("--config", config.toString(), "--store", store);
      Path notes = folder.resolve("2024-03-04-maintainers.md");
      String original = Files.readString(Path.of("notes/2024-03-04-maintainers.md"));
      Files.writeString(notes, original);

      Cli first = run(tokens, base, "ingest", notes.toString());
      Files.writeString(
          notes,
          original
              .replace("RD: Create a GitHub project 0.16.3.\n", "")
              .replace("nightly builds.", "nightly builds and release notes."));
      Cli edited = run(tokens, base, "ingest", notes.toString());
      Cli done = run(tokens, base, "done", "2");
      Cli sync = run(tokens, base, "sync");
      Cli remind = run(tokens, base, "remind");

      assertThat(first.out()).contains("went in as history");
      assertThat(edited.exit()).as(edited.err()).isZero();
      assertThat(done.exit()).as(done.err()).isZero();
      assertThat(sync.exit()).as(sync.err()).isZero();
      assertThat(remind.out()).startsWith("no reminders due at");
      assertThat(github.issues(REPO)).isEmpty();
      assertThat(github.requests)
          .noneMatch(r -> !r.method().equals("GET") && r.path().contains("/issues"));
      assertThat(discord.drain())
          .noneMatch(r -> !r.method().equals("GET") && r.path().contains("/channels/"));
    }
  }

  private static Cli run(Map<String, String> env, List<String> base, String... command) {
    List<String> args = new ArrayList<>(base);
    args.addAll(List.of(command));
    return Cli.run(env, NOW, args.toArray(String[]::new));
  }
}
