package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.tracker.TrackerSettings;
import dev.minutes.tracker.github.FakeGitHub;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped {@code bot-config.properties}, used as a new user would (with a maintainer's token in
 * the environment), opens no issue anywhere: the GitHub API is a fake on 127.0.0.1 that would
 * accept issues for the sample's placeholder repository, and nothing reaches it.
 */
class SampleConfigTest {
  private static final String TOKEN = "fake-token-of-a-maintainer-0123456789";
  private static final String SAMPLE_CONFIG = "bot-config.properties";
  private static final String SAMPLE_NOTES = "notes";

  @TempDir Path folder;
  private FakeGitHub github;

  @BeforeEach
  void start() throws IOException {
    github = new FakeGitHub(TOKEN, TrackerSettings.SAMPLE_REPO, "unikraft/meeting-notes");
  }

  @AfterEach
  void stop() {
    github.close();
  }

  @Test
  void ingestWithTheShippedSampleAndATokenOpensNothing() {
    Cli ingest = run(Map.of(), "ingest", SAMPLE_NOTES);

    assertThat(ingest.exit()).as(ingest.err()).isZero();
    assertThat(ingest.out()).contains("1 new meetings, 2 new items");
    assertNothingWasWrittenToGitHub();
  }

  @Test
  void issuesOpenRefusesTheSamplesRepositoryAndSaysWhatToSet() {
    run(Map.of(), "ingest", SAMPLE_NOTES);

    Cli open = run(Map.of(), "issues", "open");

    assertThat(open.exit()).isEqualTo(1);
    assertThat(open.err())
        .contains("github.repo: is still the sample's 'your-org/your-meeting-notes'")
        .contains("set github.repo=OWNER/NAME to your repository");
    assertNothingWasWrittenToGitHub();
  }

  @Test
  void autoModeIsRefusedBeforeAnythingIsWrittenWhileTheRepositoryIsTheSamples() {
    Cli ingest = run(Map.of("MINUTES_GITHUB_MODE", "auto"), "ingest", SAMPLE_NOTES);

    assertThat(ingest.exit()).isEqualTo(1);
    assertThat(ingest.err().lines())
        .containsExactly(
            "minutes: bot-config.properties: github.repo: is still the sample's"
                + " 'your-org/your-meeting-notes', and github.mode=auto would open issues",
            "  hint: set github.repo=OWNER/NAME to your repository, or github.mode=manual");
    assertThat(run(Map.of(), "meetings").out()).doesNotContain("Maintainers Meeting");
    assertThat(github.requests).isEmpty();
  }

  @Test
  void namingYourOwnRepositoryIsWhatOpensIssuesThere() {
    // The sample note is from 2024: live only with a cutoff before it, else it is history.
    Map<String, String> live = Map.of("MINUTES_NOTES_SINCE", "2000-01-01");
    run(live, "ingest", SAMPLE_NOTES);

    Cli open =
        run(
            Map.of(
                "MINUTES_GITHUB_REPO",
                "unikraft/meeting-notes",
                "MINUTES_NOTES_SINCE",
                "2000-01-01"),
            "issues",
            "open");

    assertThat(open.exit()).as(open.err()).isZero();
    assertThat(github.issues("unikraft/meeting-notes")).hasSize(2);
    assertThat(github.issues(TrackerSettings.SAMPLE_REPO)).isEmpty();
  }

  /** Reading (the token check) is allowed; creating, editing or deleting anything is not. */
  private void assertNothingWasWrittenToGitHub() {
    assertThat(github.requests)
        .extracting(FakeGitHub.Request::method)
        .doesNotContain("POST", "PATCH", "PUT", "DELETE");
    assertThat(github.issues(TrackerSettings.SAMPLE_REPO)).isEmpty();
  }

  private Cli run(Map<String, String> extraEnvironment, String... command) {
    Map<String, String> environment = new HashMap<>(extraEnvironment);
    environment.put("GITHUB_TOKEN", TOKEN);
    environment.put("MINUTES_GITHUB_API_URL", github.apiUrl());
    environment.put("MINUTES_STORE_URL", "jdbc:sqlite:" + folder.resolve("minutes.db"));
    String[] args = new String[command.length + 2];
    args[0] = "--config";
    args[1] = SAMPLE_CONFIG;
    System.arraycopy(command, 0, args, 2, command.length);
    return Cli.run(environment, Clock.systemUTC(), args);
  }
}
