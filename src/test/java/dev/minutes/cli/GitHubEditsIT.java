package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.TestNotes;
import dev.minutes.tracker.github.FakeGitHub;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edits of the notes reaching GitHub (issue 16), end to end: the real CLI and SQLite store, the
 * real github-api client against the fake GitHub on 127.0.0.1, the real note of 2024-03-04.
 */
class GitHubEditsIT {
  private static final String TOKEN = "fake-token-for-the-edits-test-0123456789";
  private static final String NOTES_REPO = "unikraft/meeting-notes";
  private static final String CODE_REPO = "unikraft/unikraft";
  private static final String RD_ITEM = "RD: Create a GitHub project 0.16.3.";
  private static final String EDITED_ITEM = "CC: Create the GitHub project 0.16.3.";
  private static final String TWO_PRS =
      "\nSK: Approve https://github.com/unikraft/unikraft/pull/1 and unikraft/unikraft#2.\n";

  @TempDir Path folder;
  private FakeGitHub github;
  private Path notes;
  private Path config;
  private Path people;
  private String store;

  @BeforeEach
  void start() throws IOException {
    github = new FakeGitHub(TOKEN, NOTES_REPO, CODE_REPO);
    github.addIssue(CODE_REPO, "Add nightly builds", "", true);
    github.addIssue(CODE_REPO, "Document nightly builds", "", true);
    notes = folder.resolve("notes/2024-03-04-maintainers.md");
    Files.createDirectories(notes.getParent());
    Files.writeString(notes, TestNotes.text(TestNotes.MAINTAINERS_2024_03_04) + TWO_PRS);
    store = "jdbc:sqlite:" + folder.resolve("minutes.db");
    people = folder.resolve("people.yaml");
    Files.writeString(
        people,
        """
        people:
          - name: Răzvan Deaconescu
            initials: [RD]
            github: razvand
          - name: Cezar Crăciunoiu
            initials: [CC]
            github: cezarc
        """);
    configure("github.mode=manual");
  }

  @AfterEach
  void stop() {
    github.close();
  }

  @Test
  void anItemMentioningTwoPullRequestsIsLinkedToBothAndDoneOnlyWhenBothAreMerged() {
    minutes("ingest", notes.toString());
    Cli opened = minutes("issues", "open");

    github.setState(CODE_REPO, 1, "closed");
    Cli oneMerged = minutes("sync");
    String openAfterOne = minutes("todos").out();
    github.setState(CODE_REPO, 2, "closed");
    Cli bothMerged = minutes("sync");

    assertThat(opened.out())
        .contains("linked: https://github.example/unikraft/unikraft/pull/1")
        .contains("linked: https://github.example/unikraft/unikraft/pull/2");
    assertThat(github.issues(NOTES_REPO)).hasSize(2); // none for the item with pull requests
    assertThat(oneMerged.out()).contains("0 items done");
    assertThat(openAfterOne).contains("Approve");
    assertThat(bothMerged.out()).contains("1 items done");
    assertThat(minutes("todos", "--status", "done").out()).contains("Approve");
  }

  @Test
  void withDoneWhenAnyOneMergedPullRequestIsEnough() throws IOException {
    configure("github.mode=manual", "github.done-when=any");
    minutes("ingest", notes.toString());
    minutes("issues", "open");

    github.setState(CODE_REPO, 2, "closed");
    Cli synced = minutes("sync");

    assertThat(synced.out()).contains("1 items done");
    assertThat(minutes("todos", "--status", "done").out()).contains("Approve");
  }

  @Test
  void anEditedItemEditsItsIssueInPlaceADeletedOneClosesItAndARestoredOneReopensIt()
      throws IOException {
    configure("github.mode=auto");
    String original = Files.readString(notes);
    minutes("ingest", notes.toString());
    int opened = github.issues(NOTES_REPO).size();
    github.editByHand(
        NOTES_REPO,
        1,
        Map.of(
            "body", github.issues(NOTES_REPO).get(0).get("body").asText() + "\nA person's note."));
    int requestsBefore = github.changes(NOTES_REPO, 1).size();

    Files.writeString(notes, original.replace(RD_ITEM, EDITED_ITEM));
    Cli edited = minutes("ingest", notes.toString());

    assertThat(edited.out()).contains("1 changed").contains("GitHub: 1 issues edited");
    assertThat(github.issues(NOTES_REPO)).hasSize(opened);
    var issue = github.issues(NOTES_REPO).get(0);
    assertThat(issue.get("title").asText()).isEqualTo("Create the GitHub project 0.16.3.");
    assertThat(issue.get("assignees").findValuesAsText("login")).containsExactly("cezarc");
    assertThat(issue.get("body").asText())
        .contains("> Create the GitHub project 0.16.3.")
        .endsWith("\nA person's note.");
    assertThat(
            github
                .changes(NOTES_REPO, 1)
                .subList(requestsBefore, github.changes(NOTES_REPO, 1).size()))
        .singleElement()
        .satisfies(r -> assertThat(r.method()).isEqualTo("PATCH"));
    assertThat(github.changes(NOTES_REPO, 2)).isEmpty();

    Files.writeString(notes, original.replace(RD_ITEM, ""));
    Cli deleted = minutes("ingest", notes.toString());
    String closedState = github.issues(NOTES_REPO).get(0).get("state").asText();
    Files.writeString(notes, original.replace(RD_ITEM, EDITED_ITEM));
    Cli restored = minutes("ingest", notes.toString());

    assertThat(deleted.out()).contains("GitHub: 0 issues edited, 1 closed, 0 reopened");
    assertThat(closedState).isEqualTo("closed");
    assertThat(restored.out()).contains("1 reopened");
    assertThat(github.issues(NOTES_REPO).get(0).get("state").asText()).isEqualTo("open");
    assertThat(github.comments(NOTES_REPO, 1))
        .hasSize(2)
        .first()
        .asString()
        .contains("deleted from the meeting notes");
    String shown = minutes("show", "1").out();
    String sideEffects = shown.substring(shown.indexOf("Side effects:\n"));
    assertThat(sideEffects.lines().skip(1).map(line -> line.replaceFirst("^  \\S+ ", "")))
        .containsExactly(
            "issue opened or linked: https://github.example/unikraft/meeting-notes/issues/1",
            "issue edited: https://github.example/unikraft/meeting-notes/issues/1",
            "issue closed: https://github.example/unikraft/meeting-notes/issues/1",
            "issue reopened: https://github.example/unikraft/meeting-notes/issues/1");
  }

  @Test
  void aTitleChangedByAPersonOnGitHubIsKeptWhileTheOwnerChangeStillReachesTheIssue()
      throws IOException {
    configure("github.mode=auto");
    String original = Files.readString(notes);
    minutes("ingest", notes.toString());
    github.editByHand(NOTES_REPO, 1, Map.of("title", "Project board for 0.16.3"));

    Files.writeString(notes, original.replace(RD_ITEM, EDITED_ITEM));
    minutes("ingest", notes.toString());
    Cli again = minutes("sync");

    var issue = github.issues(NOTES_REPO).get(0);
    assertThat(issue.get("title").asText()).isEqualTo("Project board for 0.16.3");
    assertThat(issue.get("assignees").findValuesAsText("login")).containsExactly("cezarc");
    assertThat(again.out()).doesNotContain("issues edited");
  }

  @Test
  void aPullRequestAddedToAnItemByAnEditIsLinkedToo() throws IOException {
    configure("github.mode=auto");
    String original = Files.readString(notes);
    minutes("ingest", notes.toString());
    github.addIssue(CODE_REPO, "Nightly builds workflow", "", true);

    Files.writeString(
        notes,
        original.replace("unikraft/unikraft#2.", "unikraft/unikraft#2, unikraft/unikraft#3."));
    Cli edited = minutes("ingest", notes.toString());
    github.setState(CODE_REPO, 1, "closed");
    github.setState(CODE_REPO, 2, "closed");
    Cli twoOfThree = minutes("sync");
    github.setState(CODE_REPO, 3, "closed");

    assertThat(edited.out())
        .contains("1 changed")
        .contains("GitHub: #3 also linked to https://github.example/unikraft/unikraft/pull/3");
    assertThat(twoOfThree.out()).contains("0 items done");
    assertThat(minutes("sync").out()).contains("1 items done");
  }

  private void configure(String... lines) throws IOException {
    List<String> all = new ArrayList<>(List.of(lines));
    all.add(github.configLines(NOTES_REPO));
    all.add("github.rate-limit-wait=10s");
    all.add("github.write-pause=0s");
    // The notes are from 2024: live, not history imported on a first ingest.
    all.add("notes.since=2000-01-01");
    config = folder.resolve("bot-config.properties");
    Files.writeString(config, String.join("\n", all) + "\n");
  }

  /** Runs one command with the test's config and store; "issues open" is two words. */
  private Cli minutes(String... command) {
    int words = command[0].equals("issues") ? 2 : 1;
    List<String> args = new ArrayList<>(List.of("--config", config.toString()));
    args.addAll(List.of(command).subList(0, words));
    args.addAll(List.of("--store", store));
    if (List.of("ingest", "issues", "sync").contains(command[0])) {
      args.addAll(List.of("--people", people.toString()));
    }
    args.addAll(List.of(command).subList(words, command.length));
    return Cli.run(Map.of("GITHUB_TOKEN", TOKEN), Clock.systemUTC(), args.toArray(String[]::new));
  }
}
