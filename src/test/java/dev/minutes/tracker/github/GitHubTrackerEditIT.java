package dev.minutes.tracker.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.minutes.config.Config;
import dev.minutes.items.IssueLink;
import dev.minutes.tracker.IssueEdit;
import dev.minutes.tracker.IssueRef;
import dev.minutes.tracker.TrackerException;
import dev.minutes.tracker.TrackerIssue;
import dev.minutes.tracker.TrackerSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real github-api client (and the one PATCH beside it) against the fake GitHub. */
class GitHubTrackerEditIT {
  static final String TOKEN = "edit-test-token-0123456789";
  static final String REPO = "unikraft/meeting-notes";
  static final IssueRef ONE = new IssueRef(REPO, 1);

  FakeGitHub github;
  GitHubTracker tracker;

  @BeforeEach
  void start() throws Exception {
    github = new FakeGitHub(TOKEN, REPO);
    github.addIssue(REPO, "Old title", "Old body", false, "minutes");
    TrackerSettings settings =
        GitHubSettings.values(
            Config.of(Map.of("github.api-url", github.apiUrl(), "github.repo", REPO), Map.of()));
    tracker = GitHubTracker.connect(settings, TOKEN);
  }

  @AfterEach
  void stop() {
    github.close();
  }

  @Test
  void editsTitleBodyAssigneesAndLabelsInOneRequest() throws Exception {
    tracker.edit(
        ONE, new IssueEdit("New title", "New body", List.of("cezar"), List.of("minutes", "x")));

    assertThat(github.changes(REPO, 1))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.method()).isEqualTo("PATCH");
              assertThat(r.authorization()).endsWith(TOKEN);
            });
    TrackerIssue issue = tracker.lookup(ONE).orElseThrow();
    assertThat(issue.title()).isEqualTo("New title");
    assertThat(issue.body()).isEqualTo("New body");
    assertThat(issue.assignees()).containsExactly("cezar");
    assertThat(issue.labels()).containsExactly("minutes", "x");
    assertThat(github.labels(REPO)).contains("x");
  }

  @Test
  void sendsOnlyTheFieldsThatChangeAndNothingForAnEmptyEdit() throws Exception {
    tracker.edit(ONE, IssueEdit.NONE);
    tracker.edit(ONE, new IssueEdit("New title", null, null, null));

    JsonNode sent = new ObjectMapper().readTree(github.changes(REPO, 1).get(0).body());
    assertThat(github.changes(REPO, 1)).hasSize(1);
    assertThat(sent.fieldNames()).toIterable().containsExactly("title");
    ObjectNode issue = github.issues(REPO).get(0);
    assertThat(issue.get("body").asText()).isEqualTo("Old body");
  }

  @Test
  void closesWithACommentAndReopensWithAnother() {
    tracker.close(ONE, "Removed from the notes.");
    IssueLink.State closed = tracker.lookup(ONE).orElseThrow().state();
    tracker.reopen(ONE, "Back in the notes.");

    assertThat(closed).isEqualTo(IssueLink.State.CLOSED);
    assertThat(tracker.lookup(ONE).orElseThrow().state()).isEqualTo(IssueLink.State.OPEN);
    assertThat(github.comments(REPO, 1))
        .containsExactly("Removed from the notes.", "Back in the notes.");
  }

  @Test
  void anEditRefusedByTheRateLimitSaysWhenItResetsAndNamesTheKey() {
    github.fail(
        "PATCH",
        "/repos/" + REPO + "/issues/1",
        403,
        Map.of("X-RateLimit-Remaining", "0", "X-RateLimit-Reset", "1709550000"),
        1);

    assertThatThrownBy(() -> tracker.edit(ONE, new IssueEdit("New title", null, null, null)))
        .isInstanceOf(TrackerException.class)
        .hasMessageContaining("rate limit reached; it resets at 2024-03-04T11:00:00Z");
  }
}
