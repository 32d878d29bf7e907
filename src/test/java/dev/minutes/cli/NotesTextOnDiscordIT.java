package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.TestNotes;
import dev.minutes.chat.discord.FakeDiscord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notes written to phish and ping: the announcement, the digest and the reminders that reach the
 * fake Discord carry the text, but never as a masked link, a mention or {@code @everyone}.
 */
@Timeout(120)
class NotesTextOnDiscordIT {

  // Thursday 7 March 2024, 09:00 in Bucharest: both items are due the next day.
  static final Clock THURSDAY =
      Clock.fixed(Instant.parse("2024-03-07T07:00:00Z"), ZoneId.of("UTC"));

  @TempDir Path folder;

  @Test
  void announcementDigestAndRemindersCarryNoLinkMentionOrEveryoneFromTheNotes() throws Exception {
    try (FakeDiscord discord = new FakeDiscord()) {
      Path notes = folder.resolve("notes/2024-03-04-hostile.md");
      Files.createDirectories(notes.getParent());
      Files.writeString(notes, TestNotes.HOSTILE_MEETING);
      Path people = folder.resolve("people.yaml");
      Files.writeString(
          people,
          """
          people:
            - name: "Răzvan [D](https://evil.example/p) @everyone"
              initials: [RD]
            - name: Cezar Crăciunoiu
              initials: [CC]
          """);
      Path config = folder.resolve("bot-config.properties");
      Files.writeString(config, "digest.zone=Europe/Bucharest\n" + discord.configLines());
      String store = "jdbc:sqlite:" + folder.resolve("minutes.db");
      Map<String, String> env = Map.of("DISCORD_TOKEN", "test-token");

      List<Cli> runs = new ArrayList<>();
      runs.add(minutes(env, config, store, people, "ingest", notes.toString()));
      runs.add(minutes(env, config, store, people, "digest", "--since", "2024-03-01", "--post"));
      runs.add(minutes(env, config, store, people, "remind"));

      runs.forEach(run -> assertThat(run.exit()).as(run.out() + run.err()).isZero());
      List<String> bodies = discord.messageContents();
      assertThat(bodies).hasSizeGreaterThanOrEqualTo(4); // announcement, digest, two reminders
      assertThat(String.join("\n", bodies)).contains("evil.example/phish", "everyone", "here");
      for (String body : bodies) {
        assertThat(body)
            .as(body)
            .doesNotContain("@everyone", "@here")
            .doesNotContainPattern(TestNotes.UNESCAPED_MASKED_LINK)
            .doesNotContainPattern(TestNotes.MENTION_SYNTAX);
      }
    }
  }

  private static Cli minutes(
      Map<String, String> env,
      Path config,
      String store,
      Path people,
      String command,
      String... args) {
    List<String> all = new ArrayList<>(List.of("--config", config.toString(), command));
    all.addAll(List.of("--store", store, "--people", people.toString()));
    all.addAll(List.of(args));
    return Cli.run(env, THURSDAY, all.toArray(String[]::new));
  }
}
