package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.minutes.TestNotes;
import dev.minutes.tracker.github.FakeGitHub;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub workflow end to end: the real CLI, a real SQLite store and the real github-api client
 * over HTTP to a fake GitHub on 127.0.0.1, with the maintainers meeting of 2024-03-04.
 */
class GitHubWorkflowIT {
  private static final String TOKEN = "fake-token-that-must-never-be-printed-0123456789";
  private static final String REPO = "unikraft/meeting-notes";
  private static final Map<String, String> ENV = Map.of("GITHUB_TOKEN", TOKEN);

  @TempDir Path folder;
  private FakeGitHub github;
  private Path notes;
  private Path config;
  private Path people;
  private String store;

  @BeforeEach
  void start() throws IOException {
    github = new FakeGitHub(TOKEN, REPO, "unikraft/unikraft");
    notes = folder.resolve("notes/2024-03-04-maintainers.md");
    Files.createDirectories(notes.getParent());
    Files.writeString(notes, realNotes());
    people = folder.resolve("people.yaml");
    Files.writeString(
        people,
        """
        people:
          - name: Răzvan Deaconescu
            initials: [RD]
            aliases: [RăzvanD]
            github: razvand
          - name: Cezar Crăciunoiu
            initials: [CC]
            aliases: [Cezar]
        """);
    store = "jdbc:sqlite:" + folder.resolve("minutes.db");
    config = writeConfig("manual", false);
  }

  @AfterEach
  void stop() {
    github.close();
  }

  @Test
  void opensOneIssuePerOpenItemWithTitleAssigneesLabelsLinkAndMarker() {
    run("ingest", notes.toString());

    Cli opened = run("issues", "open");

    assertThat(opened.exit()).as(opened.err()).isZero();
    List<ObjectNode> issues = github.issues(REPO);
    assertThat(issues)
        .extracting(i -> i.get("title").asText())
        .containsExactly("Create a GitHub project 0.16.3.", "Look into this week: nightly builds.");
    ObjectNode rd = issues.get(0);
    assertThat(rd.get("assignees").get(0).get("login").asText()).isEqualTo("razvand");
    assertThat(rd.get("labels").findValuesAsText("name")).containsExactly("minutes", "action-item");
    assertThat(rd.get("body").asText())
        .contains("Maintainers Meeting, March 4, 2024", "2024-03-04", "TODOs and Decisions")
        .contains(
            "(https://github.com/unikraft/meeting-notes/blob/main/notes/2024-03-04-maintainers.md#L")
        .contains("#L114")
        .containsPattern("<!-- minutes-item: [0-9a-f-]{36} -->");
    assertThat(issues.get(1).get("assignees")).isEmpty();
    assertThat(issues.get(1).get("body").asText()).contains("Cezar", "Due: 2024-03-08");
    assertThat(github.labels(REPO)).containsExactlyInAnyOrder("minutes", "action-item");
    assertThat(opened.out()).contains("#1 opened: https://github.example/" + REPO + "/issues/1");
  }

  @Test
  void everyFurtherRunOpensNothing() {
    run("ingest", notes.toString());
    run("issues", "open");

    Cli again = run("issues", "open");
    run("ingest", notes.toString());

    assertThat(again.out()).contains("2 already linked");
    assertThat(github.issues(REPO)).hasSize(2);
  }

  @Test
  void autoModeIngestOpensIssuesForTheItemsItAddsOnly() throws IOException {
    config = writeConfig("auto", false);

    Cli first = run("ingest", notes.toString());
    Files.writeString(notes, realNotes() + "\nSJ: Prepare the release notes.\n");
    Cli second = run("ingest", notes.toString());

    assertThat(first.out()).contains("GitHub: 2 opened");
    assertThat(second.out()).contains("GitHub: 1 opened");
    assertThat(github.issues(REPO)).hasSize(3);
  }

  @Test
  void anItemThatMentionsAPullRequestIsLinkedToItAndDoneWhenItIsMerged() throws IOException {
    github.addIssue("unikraft/unikraft", "Add nightly builds", "", true);
    Files.writeString(
        notes,
        realNotes() + "\nSK: Approve https://github.com/unikraft/unikraft/pull/1 this week.\n");
    run("ingest", notes.toString());

    Cli opened = run("issues", "open");
    github.setState("unikraft/unikraft", 1, "closed");
    Cli synced = run("sync");

    assertThat(opened.out()).contains("linked: https://github.example/unikraft/unikraft/pull/1");
    assertThat(github.issues(REPO)).hasSize(2);
    assertThat(synced.out()).contains("1 items done");
    assertThat(run("todos", "--status", "done").out()).contains("Approve");
  }

  @Test
  void syncMarksAnItemDoneWhenItsIssueIsClosedAndOpenAgainWhenReopened() {
    run("ingest", notes.toString());
    run("issues", "open");

    github.setState(REPO, 1, "closed");
    Cli closed = run("sync");
    String doneList = run("todos", "--status", "done").out();
    github.setState(REPO, 1, "open");
    Cli reopened = run("sync");

    assertThat(closed.out()).contains("1 items done, 0 reopened");
    assertThat(doneList).contains("Create a GitHub project 0.16.3.");
    assertThat(reopened.out()).contains("0 items done, 1 reopened");
    assertThat(run("todos").out()).contains("Create a GitHub project 0.16.3.");
    assertThat(github.requests)
        .filteredOn(r -> r.method().equals("GET") && r.path().endsWith("/issues"))
        .allMatch(r -> r.query() != null && r.query().contains("since="));
  }

  @Test
  void aLostReplyAfterGitHubCreatedTheIssueDoesNotOpenItTwice() {
    run("ingest", notes.toString());
    github.performThenFail("POST", "/repos/" + REPO + "/issues", 502);

    Cli opened = run("issues", "open");

    assertThat(opened.exit()).as(opened.err()).isZero();
    assertThat(opened.out()).contains("recovered");
    assertThat(github.issues(REPO)).hasSize(2);
    assertThat(run("issues", "open").out()).contains("2 already linked");
  }

  @Test
  void aRunThatDiedAfterCreatingIsRepairedByTheMarkerOnTheNextRun() throws Exception {
    run("ingest", notes.toString());
    Cli dryRun = run("issues", "open", "--dry-run");
    assertThat(dryRun.out()).contains("2 would open");
    // What a run killed between "created on GitHub" and "stored" leaves behind: the issue with
    // its marker, and a claim nobody completed (made to look older than the lease).
    String key = itemKey(1);
    github.addIssue(
        REPO,
        "Create a GitHub project 0.16.3.",
        "body\n<!-- minutes-item: " + key + " -->",
        false,
        "minutes",
        "action-item");
    try (var connection = java.sql.DriverManager.getConnection(store);
        var insert =
            connection.prepareStatement(
                "INSERT INTO side_effects (effect_key, claimed_at) VALUES (?, ?)")) {
      insert.setString(1, "github-issue:" + key);
      insert.setLong(2, System.currentTimeMillis() - 3_600_000);
      insert.executeUpdate();
    }

    Cli repaired = run("issues", "open");

    assertThat(repaired.out()).contains("#1 recovered", "1 opened");
    assertThat(github.issues(REPO)).hasSize(2);
  }

  @Test
  void aMarkerSpoofedAboveTheRealOneLinksNothingAndOpensTheRightIssue() throws Exception {
    run("ingest", notes.toString());
    String key = itemKey(1);
    // Someone else's issue quoting item 1's marker, above the issue's own marker.
    github.addIssue(
        REPO,
        "Another item",
        "> <!-- minutes-item: " + key + " -->\n\n<!-- minutes-item: someone-elses-key -->\n",
        false,
        "minutes",
        "action-item");

    Cli opened = run("issues", "open");

    assertThat(opened.out()).doesNotContain("recovered").contains("2 opened");
    assertThat(github.issues(REPO)).hasSize(3);
  }

  @Test
  void twoProcessesAtOnceOpenOneIssuePerItem() throws Exception {
    run("ingest", notes.toString());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Cli>> runs = new ArrayList<>();
    Callable<Cli> open = () -> run("issues", "open");
    runs.add(pool.submit(open));
    runs.add(pool.submit(open));
    for (Future<Cli> future : runs) {
      future.get();
    }
    pool.shutdown();

    assertThat(github.issues(REPO)).hasSize(2);
  }

  @Test
  void waitsOutAShortRateLimitThenSucceeds() {
    run("ingest", notes.toString());
    rateLimitIssueCreation(1, 1);

    Cli opened = run("issues", "open");

    assertThat(opened.exit()).as(opened.err()).isZero();
    assertThat(github.issues(REPO)).hasSize(2);
  }

  @Test
  void aRateLimitLongerThanTheBoundStopsTheRunWithItsResetTime() {
    run("ingest", notes.toString());
    rateLimitIssueCreation(3600, 100);

    Cli opened = run("issues", "open");

    assertThat(opened.exit()).isEqualTo(ExitCode.USER_ERROR.code());
    assertThat(opened.err())
        .contains("rate limit reached; it resets at", "run again after that time");
    assertThat(github.issues(REPO)).isEmpty();
  }

  @Test
  void aBadTokenIsOneClearMessageNamingGitHubToken() {
    run("ingest", notes.toString());

    Cli opened =
        Cli.run(Map.of("GITHUB_TOKEN", "wrong-token"), Clock.systemUTC(), args("issues", "open"));

    assertThat(opened.exit()).isEqualTo(ExitCode.USER_ERROR.code());
    assertThat(opened.err())
        .contains("GITHUB_TOKEN", "401")
        .doesNotContain("wrong-token", "Exception", "\tat ");
  }

  @Test
  void anUnknownRepositoryIsOneClearMessageNamingGithubRepo() throws IOException {
    Files.writeString(config, Files.readString(config).replace(REPO, "unikraft/no-such-repo"));
    run("ingest", notes.toString());

    Cli opened = run("issues", "open");

    assertThat(opened.exit()).isEqualTo(ExitCode.USER_ERROR.code());
    assertThat(opened.err()).contains("github.repo", "404").doesNotContain("Exception");
  }

  @Test
  void doneClosesTheIssueWithACommentWhenConfigured() throws IOException {
    config = writeConfig("manual", true);
    run("ingest", notes.toString());
    run("issues", "open");

    Cli done = run("done", "1", "--by", "RD");

    assertThat(done.out()).contains("closed https://github.example/" + REPO + "/issues/1");
    assertThat(github.issues(REPO).get(0).get("state").asText()).isEqualTo("closed");
    assertThat(github.issues(REPO).get(0).get("comments_text").get(0).asText()).contains("RD");
  }

  @Test
  void theTokenNeverAppearsInOutputOrLogs() throws Exception {
    config = writeConfig("auto", true);
    PrintStream realErr = System.err;
    PrintStream realOut = System.out;
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    List<Cli> runs = new ArrayList<>();
    try {
      System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
      System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
      github.fail("GET", "/repos/" + REPO + "/issues", 500, Map.of(), 1);
      runs.add(run("ingest", notes.toString()));
      runs.add(run("issues", "open", "--dry-run"));
      runs.add(run("sync"));
      runs.add(run("done", "2"));
      runs.add(Cli.run(Map.of("GITHUB_TOKEN", TOKEN + "x"), Clock.systemUTC(), args("sync")));
    } finally {
      System.setErr(realErr);
      System.setOut(realOut);
    }

    assertThat(github.requests).isNotEmpty();
    String everything =
        console.toString(StandardCharsets.UTF_8)
            + runs.stream().map(r -> r.out() + r.err()).reduce("", String::concat);
    assertThat(everything)
        .isNotBlank()
        .doesNotContain(TOKEN)
        .doesNotContain(TOKEN.substring(4, 20));
  }

  /** GitHub's primary rate limit, resetting in {@code seconds}, on the next creations. */
  private void rateLimitIssueCreation(long seconds, int times) {
    String reset = String.valueOf(System.currentTimeMillis() / 1000 + seconds);
    github.fail(
        "POST",
        "/repos/" + REPO + "/issues",
        403,
        Map.of(
            "X-RateLimit-Remaining", "0", "X-RateLimit-Limit", "5000", "X-RateLimit-Reset", reset),
        times);
  }

  private Cli run(String... command) {
    return Cli.run(ENV, Clock.systemUTC(), args(command));
  }

  /** The config, the command's words, then --store and --people where the command takes them. */
  private String[] args(String... command) {
    int words = command[0].equals("issues") ? 2 : 1;
    List<String> all = new ArrayList<>(List.of("--config", config.toString()));
    all.addAll(List.of(command).subList(0, words));
    all.addAll(List.of("--store", store));
    if (command[0].equals("ingest") || command[0].equals("issues")) {
      all.addAll(List.of("--people", people.toString()));
    }
    all.addAll(List.of(command).subList(words, command.length));
    return all.toArray(String[]::new);
  }

  private Path writeConfig(String mode, boolean closeOnDone) throws IOException {
    Path file = folder.resolve("bot-config.properties");
    Files.writeString(
        file,
        String.join(
            "\n",
            "github.mode=" + mode,
            github.configLines(REPO),
            "github.labels=minutes,action-item",
            "github.close-on-done=" + closeOnDone,
            "github.rate-limit-wait=10s",
            "github.write-pause=0s",
            "notes.base-url=https://github.com/unikraft/meeting-notes/blob/main/",
            "notes.root=.",
            // The notes of 2024 are live here, not history (see AdoptionIT).
            "notes.since=2000-01-01",
            ""));
    return file;
  }

  private String itemKey(long id) throws IOException {
    JsonNode items =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(run("todos", "--format", "json").out());
    for (JsonNode item : items) {
      if (item.get("id").asLong() == id) {
        return item.get("key").asText();
      }
    }
    throw new AssertionError("no item " + id);
  }

  private static String realNotes() {
    return TestNotes.text(TestNotes.MAINTAINERS_2024_03_04);
  }
}
