package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.minutes.TestNotes;
import dev.minutes.chat.discord.FakeDiscord;
import dev.minutes.tracker.github.FakeGitHub;
import java.io.IOException;
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
 * A new user adopts Minutes on years of real notes (the 367 Unikraft files) with both tokens set,
 * pointing at the local fake GitHub and fake Discord: history goes in as history.
 */
class AdoptionIT {
  private static final Path CORPUS = TestNotes.sharedCorpus().resolve("unikraft");
  private static final String TOKEN = "fake-token-that-must-never-be-printed-0123456789";
  private static final String REPO = "unikraft/meeting-notes";
  // Monday 2 December 2024, 09:00 in Bucharest: after the newest note of the corpus, months after
  // the sample note of 4 March 2024.
  private static final Map<String, String> TOKENS =
      Map.of("GITHUB_TOKEN", TOKEN, "DISCORD_TOKEN", "test-token");
  private static final Clock NOW =
      Clock.fixed(Instant.parse("2024-12-02T07:00:00Z"), ZoneId.of("UTC"));

  @TempDir Path folder;

  @Test
  void aFirstIngestOfYearsOfNotesOpensNoIssueAnnouncesNothingRemindsNobodyAndSaysSo()
      throws Exception {
    assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus not present: adoption test skipped");
    try (FakeGitHub github = new FakeGitHub(TOKEN, REPO);
        FakeDiscord discord = new FakeDiscord()) {
      Path config =
          configure(
              github,
              discord,
              "notes.base-url=https://github.com/unikraft/meeting-notes/blob/main/",
              "reminders.cron=0 9 * * *");
      String store = "jdbc:sqlite:" + folder.resolve("minutes.db");
      List<String> base = List.of("--config", config.toString());

      Cli ingest = run(TOKENS, base, "ingest", "--store", store, CORPUS.toString());
      Cli remind = run(TOKENS, base, "remind", "--store", store);
      Cli scheduler = run(TOKENS, base, "scheduler", "--once", "--store", store);
      Cli todos = run(TOKENS, base, "todos", "--store", store);

      assertThat(github.issues(REPO)).isEmpty();
      List<String> posted =
          discord.drain().stream()
              .filter(r -> r.method().equals("POST") && r.path().contains("/channels/"))
              .map(FakeDiscord.Request::body)
              .toList();
      // Only the weekly digest of Monday's slot, and it holds no history.
      assertThat(posted)
          .singleElement()
          .satisfies(
              digest ->
                  assertThat(digest)
                      .contains("# Weekly digest 2024-11-25 to 2024-12-02")
                      .contains("## Overdue (0)")
                      .doesNotContain("📝")
                      .doesNotContain("a reminder of your action items"));
      assertThat(ingest.out())
          .contains(
              "history: 363 meetings with 2008 action items went in as history (dated before"
                  + " 2024-11-18, see notes.since)")
          .contains("minutes issues open --since DATE")
          .contains("/issue on one item");
      // Three files lint calls errors are refused, and said so; the rest went in.
      assertThat(ingest.exit()).isEqualTo(1);
      assertThat(ingest.err()).contains("not ingested, the file has errors");
      assertThat(remind.out()).startsWith("no reminders due at");
      assertThat(scheduler.out()).contains("ran reminders@2024-12-02T09:00");
      assertThat(todos.out()).contains("Create a GitHub project");

      Cli tooMany = run(TOKENS, base, "issues", "open", "--since", "2024-01-01", "--store", store);
      assertThat(tooMany.exit()).isEqualTo(1);
      assertThat(tooMany.out()).contains("more than github.max-per-run (20): nothing opened");
      assertThat(github.issues(REPO)).isEmpty();

      Path later = folder.resolve("2024-12-02.md");
      Files.writeString(
          later,
          Files.readString(Path.of("notes/2024-03-04-maintainers.md"))
              .replace("2024-03-04T11:00:00+02:00", "2024-12-02T11:00:00+02:00")
              .replace("March 4, 2024", "December 2, 2024"));
      Cli newMeeting = run(TOKENS, base, "ingest", "--store", store, later.toString());

      assertThat(newMeeting.exit()).as(newMeeting.err()).isZero();
      assertThat(newMeeting.out()).doesNotContain("history:").contains("Discord: announced 1");
      assertThat(github.issues(REPO)).hasSize(2);
      assertThat(ingest.out() + ingest.err() + newMeeting.out()).doesNotContain(TOKEN);
    }
  }

  /**
   * A meeting imported as history stays history when its notes are edited later: the paths that
   * follow edits (issues kept in step, announcements edited in place, reminders) leave it alone.
   */
  @Test
  void editingRemovingAndFinishingItemsOfAHistoryMeetingOpensEditsAndAnnouncesNothing()
      throws Exception {
    try (FakeGitHub github = new FakeGitHub(TOKEN, REPO);
        FakeDiscord discord = new FakeDiscord()) {
      Path config =
          configure(github, discord, "github.close-on-done=true", "github.write-pause=0s");
      String store = "jdbc:sqlite:" + folder.resolve("minutes.db");
      List<String> base = List.of("--config", config.toString(), "--store", store);
      Path notes = folder.resolve("2024-03-04-maintainers.md");
      String original = Files.readString(Path.of("notes/2024-03-04-maintainers.md"));
      Files.writeString(notes, original);

      Cli first = run(TOKENS, base, "ingest", notes.toString());
      Files.writeString(
          notes,
          original
              .replace("RD: Create a GitHub project 0.16.3.\n", "")
              .replace("nightly builds.", "nightly builds and release notes."));
      Cli edited = run(TOKENS, base, "ingest", notes.toString());
      Cli done = run(TOKENS, base, "done", "2");
      Cli sync = run(TOKENS, base, "sync");
      Cli remind = run(TOKENS, base, "remind");

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

  /** Both tokens set, pointing at the local fakes; auto mode, the day starting in Bucharest. */
  private Path configure(FakeGitHub github, FakeDiscord discord, String... more)
      throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("github.mode=auto");
    lines.add(github.configLines(REPO));
    lines.add("digest.zone=Europe/Bucharest");
    lines.addAll(List.of(more));
    lines.add(discord.configLines());
    Path config = folder.resolve("bot-config.properties");
    Files.writeString(config, String.join("\n", lines) + "\n");
    return config;
  }

  private static Cli run(Map<String, String> env, List<String> base, String... command) {
    List<String> args = new ArrayList<>(base);
    args.addAll(List.of(command));
    return Cli.run(env, NOW, args.toArray(String[]::new));
  }
}
