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

  @TempDir Path folder;

  @Test
  void doneClosesTheIssueAndTodosOfAPersonListTheSameItemsFromEitherFace() throws Exception {
    String store = "jdbc:sqlite:" + folder.resolve("m.db");
    Path config = folder.resolve("bot-config.properties");
    Path people = folder.resolve("people.yaml");
    Path notes = folder.resolve("notes/2024-03-04-maintainers.md");
    Files.createDirectories(notes.getParent());
    // Răzvan's item is owned by his GitHub login, which only the people directory ties to him.
    Files.writeString(
        notes,
        """
        ---
        title: Maintainers Meeting
        datetime: 2024-03-04T11:00:00+02:00
        ---
        ## TODOs

        * @razvand: Create a GitHub project 0.16.3.
        * CC: Look into nightly builds.
        * CC: Review the release notes.
        """);
    Files.writeString(
        people,
        """
        people:
          - name: Răzvan Deaconescu
            initials: [RD]
            github: razvand
            discord: "111"
          - name: Cezar Crăciunoiu
            initials: [CC]
        """);
    Map<String, String> env = Map.of("GITHUB_TOKEN", TOKEN, "DISCORD_TOKEN", "test-token");
    try (FakeDiscord discord = new FakeDiscord();
        FakeGitHub github = new FakeGitHub(TOKEN, REPO)) {
      Files.writeString(
          config,
          String.join(
              "\n",
              "github.mode=manual",
              github.configLines(REPO),
              "github.close-on-done=true",
              "notes.since=2000-01-01",
              "discord.maintainer-role=Maintainers",
              discord.configLines(),
              ""));
      String[] storeAt = {"--store", store};
      String[] peopleAt = {"--people", people.toString()};
      assertThat(cli(env, config, "ingest", storeAt, peopleAt, notes.toString()).exit()).isZero();
      assertThat(cli(env, config, "issues open", storeAt, peopleAt).exit()).isZero();
      String cliTodos = cli(env, config, "todos", storeAt, peopleAt, "--owner", "razvand").out();

      Cli done = cli(env, config, "done", storeAt, new String[0], "2", "--by", "CC");

      ExecutorService runner = Executors.newSingleThreadExecutor();
      Future<Cli> bot = runner.submit(() -> cli(env, config, "bot", storeAt, peopleAt));
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
