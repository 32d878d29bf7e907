package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.minutes.chat.discord.FakeDiscord;
import dev.minutes.tracker.github.FakeGitHub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line and the Discord bot are two faces of the same use cases: the real CLI and the
 * real {@code minutes bot} (against the local fake Discord and fake GitHub) on one store give the
 * same answers and do the same things.
 */
class BothFacesIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "fake-github-token-0123456789";
  private static final String REPO = "unikraft/meeting-notes";
  private static final String RAZVAN_DISCORD = "111";

  private static final Map<String, String> ENV =
      Map.of("GITHUB_TOKEN", TOKEN, "DISCORD_TOKEN", "test-token");
  // Răzvan's items are owned by his GitHub login, which only the people directory ties to him.
  private static final String PEOPLE =
      """
      people:
        - name: Răzvan Deaconescu
          initials: [RD]
          github: razvand
          discord: "111"
        - name: Cezar Crăciunoiu
          initials: [CC]
      """;

  private static final String MEETING =
      """
      ---
      title: Maintainers Meeting
      datetime: 2024-03-04T11:00:00+02:00
      ---
      ## TODOs

      * @razvand: Create a GitHub project 0.16.3.
      * CC: Look into nightly builds.
      """;

  @TempDir Path folder;

  @Test
  void doneClosesTheIssueAndTodosOfAPersonListTheSameItemsFromEitherFace() throws Exception {
    String store = "jdbc:sqlite:" + folder.resolve("m.db");
    Path config = folder.resolve("bot-config.properties");
    Path people = folder.resolve("people.yaml");
    Path notes = folder.resolve("notes/2024-03-04-maintainers.md");
    Files.createDirectories(notes.getParent());
    Files.writeString(notes, MEETING + "* CC: Review the release notes.\n");
    Files.writeString(people, PEOPLE);
    try (FakeDiscord discord = new FakeDiscord();
        FakeGitHub github = new FakeGitHub(TOKEN, REPO)) {
      configure(config, github, discord, "github.mode=manual", "github.close-on-done=true");
      String[] storeAt = {"--store", store};
      String[] peopleAt = {"--people", people.toString()};
      assertThat(cli(ENV, config, "ingest", storeAt, peopleAt, notes.toString()).exit()).isZero();
      assertThat(cli(ENV, config, "issues open", storeAt, peopleAt).exit()).isZero();
      String cliTodos = cli(ENV, config, "todos", storeAt, peopleAt, "--owner", "razvand").out();

      Cli done = cli(ENV, config, "done", storeAt, new String[0], "2", "--by", "CC");

      ExecutorService runner = Executors.newSingleThreadExecutor();
      Future<Cli> bot = runner.submit(() -> cli(ENV, config, "bot", storeAt, peopleAt));
      try {
        discord.next("PUT", "/guilds/" + FakeDiscord.GUILD + "/commands");
        discord.slashCommand(
            RAZVAN_DISCORD,
            List.of(),
            "todos",
            Map.of("member", new FakeDiscord.UserOption(RAZVAN_DISCORD)));
        String botTodos = reply(discord);
        discord.slashCommand("555", List.of(FakeDiscord.MAINTAINER_ROLE), "done", Map.of("id", 3));
        String botDone = reply(discord);

        assertThat(cliTodos).contains("Create a GitHub project 0.16.3.");
        assertThat(botTodos).contains("Create a GitHub project 0.16.3.");
        assertThat(botTodos).doesNotContain("nightly");
        assertThat(done.out()).contains("closed https://github.example/" + REPO + "/issues/2");
        assertThat(botDone).contains("closed https://github.example/" + REPO + "/issues/3");
        assertThat(github.issues(REPO))
            .extracting(issue -> issue.get("state").asText())
            .containsExactly("open", "closed", "closed");
      } finally {
        bot.cancel(true);
        runner.shutdown();
        assertThat(runner.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
      }
    }
  }

  @Test
  void anIngestFromEitherFaceOpensIssuesLetsEditedItemsIssuesFollowAndAnnounces() throws Exception {
    String store = "jdbc:sqlite:" + folder.resolve("m.db");
    Path config = folder.resolve("bot-config.properties");
    Path people = folder.resolve("people.yaml");
    Path notes = folder.resolve("notes/2024-03-04-maintainers.md");
    Files.createDirectories(notes.getParent());
    String meeting = MEETING;
    Files.writeString(notes, meeting);
    Files.writeString(people, PEOPLE);
    try (FakeDiscord discord = new FakeDiscord();
        FakeGitHub github = new FakeGitHub(TOKEN, REPO)) {
      configure(config, github, discord, "github.mode=auto", "notes.root=" + folder);
      String[] storeAt = {"--store", store};
      String[] peopleAt = {"--people", people.toString()};
      Cli first = cli(ENV, config, "ingest", storeAt, peopleAt, notes.toString());
      Files.writeString(notes, meeting.replace("0.16.3", "0.16.4"));
      Cli edited = cli(ENV, config, "ingest", storeAt, peopleAt, notes.toString());

      assertThat(first.out()).contains("Discord: announced 1 meeting");
      assertThat(edited.out()).contains("GitHub: 1 issues edited, 0 closed, 0 reopened");
      assertThat(github.issues(REPO).get(0).get("title").asText()).contains("0.16.4");

      ExecutorService runner = Executors.newSingleThreadExecutor();
      Future<Cli> bot = runner.submit(() -> cli(ENV, config, "bot", storeAt, peopleAt));
      try {
        discord.next("PUT", "/guilds/" + FakeDiscord.GUILD + "/commands");
        String maintainer = FakeDiscord.MAINTAINER_ROLE;
        discord.slashCommand(
            "555",
            List.of(maintainer),
            "ingest",
            Map.of(
                "notes",
                new FakeDiscord.Attachment(
                    "2024-03-04-maintainers.md", meeting.replace("0.16.3", "0.16.5"))));
        String uploadedEdit = followUp(discord);
        discord.slashCommand(
            "555",
            List.of(maintainer),
            "ingest",
            Map.of(
                "notes",
                new FakeDiscord.Attachment(
                    "2024-03-11-maintainers.md",
                    meeting.replace("2024-03-04", "2024-03-11").replace("nightly", "weekly"))));
        String uploadedNew = followUp(discord);

        // The upload of the file's name updated its meeting and its issue, as the CLI did.
        assertThat(uploadedEdit)
            .startsWith("notes/2024-03-04-maintainers.md: 0 new, 1 changed, 0 removed items.")
            .contains("GitHub: 1 issues edited, 0 closed, 0 reopened")
            .doesNotContain("keyed");
        assertThat(github.issues(REPO).get(0).get("title").asText()).contains("0.16.5");
        // A new name is a new meeting, said so; its items get issues and it is announced.
        assertThat(uploadedNew)
            .startsWith("notes/2024-03-11-maintainers.md: 2 new, 0 changed, 0 removed items.")
            .contains("/issues/3", "/issues/4")
            .contains("it is keyed notes/2024-03-11-maintainers.md");
        assertThat(github.issues(REPO)).hasSize(4);
        assertThat(discord.messageContents())
            .filteredOn(m -> m.contains("Maintainers Meeting"))
            .hasSize(2);
      } finally {
        bot.cancel(true);
        runner.shutdown();
        assertThat(runner.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
      }
    }
  }

  /** Both faces on the fake GitHub and the fake Discord, with {@code settings} on top. */
  private static void configure(
      Path config, FakeGitHub github, FakeDiscord discord, String... settings) throws Exception {
    List<String> lines = new java.util.ArrayList<>(List.of(settings));
    lines.addAll(
        List.of(
            github.configLines(REPO),
            "notes.since=2000-01-01",
            "discord.maintainer-role=Maintainers",
            discord.configLines(),
            ""));
    Files.writeString(config, String.join("\n", lines));
  }

  /** The answer of a deferred command: the follow-up message sent through its interaction. */
  private static String followUp(FakeDiscord discord) throws Exception {
    return JSON.readTree(discord.next("POST", "/webhooks/").body()).path("content").asText();
  }

  private static Cli cli(
      Map<String, String> env,
      Path config,
      String command,
      String[] store,
      String[] people,
      String... args) {
    List<String> all = new java.util.ArrayList<>(List.of("--config", config.toString()));
    all.addAll(List.of(command.split(" ")));
    all.addAll(List.of(store));
    all.addAll(List.of(people));
    all.addAll(List.of(args));
    return Cli.run(env, Clock.systemUTC(), all.toArray(String[]::new));
  }

  private static String reply(FakeDiscord discord) throws Exception {
    JsonNodeText text = new JsonNodeText(discord.next("POST", "/callback").body());
    return text.content();
  }

  private record JsonNodeText(String body) {
    String content() throws Exception {
      return JSON.readTree(body).path("data").path("content").asText();
    }
  }
}
