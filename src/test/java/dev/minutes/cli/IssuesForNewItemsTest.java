package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.TestNotes;
import dev.minutes.tracker.github.FakeGitHub;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GitHub step of an ingest reads the outbox from its cursor; a dry run reads its own items. */
class IssuesForNewItemsTest {
  private static final String TOKEN = "fake-token-that-must-never-be-printed-0123456789";
  private static final String REPO = "unikraft/meeting-notes";
  private static final String ADDED_LINE = "\nSJ: Prepare the release notes.\n";

  @TempDir Path folder;
  private FakeGitHub github;
  private Path notes;
  private Path config;
  private String store;

  @BeforeEach
  void start() throws IOException {
    github = new FakeGitHub(TOKEN, REPO);
    notes = folder.resolve("notes/2024-03-04-maintainers.md");
    Files.createDirectories(notes.getParent());
    Files.writeString(notes, TestNotes.text(TestNotes.MAINTAINERS_2024_03_04));
    store = "jdbc:sqlite:" + folder.resolve("minutes.db");
    config = folder.resolve("bot-config.properties");
    Files.writeString(
        config,
        // notes.since: the 2024 note is live, not history imported on a first ingest.
        "github.mode=auto\ngithub.repo="
            + REPO
            + "\ngithub.api-url="
            + github.apiUrl()
            + "\nnotes.since=2000-01-01\n");
  }

  @AfterEach
  void stop() {
    github.close();
  }

  @Test
  void aDryRunDraftsOnlyTheItemsItsOwnIngestAdded() throws IOException {
    Cli first = ingest(Map.of());
    Files.writeString(notes, TestNotes.text(TestNotes.MAINTAINERS_2024_03_04) + ADDED_LINE);
    Cli second = ingest(Map.of());

    assertThat(first.out()).contains("GitHub: 2 would open");
    assertThat(second.out()).contains("GitHub: 1 would open");
  }

  @Test
  void aDryRunMovesNothingSoTheFirstRunWithATokenOpensEveryItemSinceTheCursor() throws IOException {
    ingest(Map.of());
    Files.writeString(notes, TestNotes.text(TestNotes.MAINTAINERS_2024_03_04) + ADDED_LINE);
    Cli withToken = ingest(Map.of("GITHUB_TOKEN", TOKEN));
    Cli again = ingest(Map.of("GITHUB_TOKEN", TOKEN));

    assertThat(withToken.out()).contains("GitHub: 3 opened");
    assertThat(github.issues(REPO)).hasSize(3);
    assertThat(again.out()).doesNotContain("GitHub:");
  }

  private Cli ingest(Map<String, String> environment) {
    Cli cli =
        Cli.run(
            environment,
            Clock.systemUTC(),
            "--config",
            config.toString(),
            "ingest",
            "--store",
            store,
            notes.toString());
    assertThat(cli.exit()).as(cli.err()).isZero();
    return cli;
  }
}
