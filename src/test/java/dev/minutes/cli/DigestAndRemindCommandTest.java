package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.minutes.chat.discord.FakeDiscord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real note of 4 March 2024 ingested into a fresh store, then digested and reminded. */
class DigestAndRemindCommandTest {
  static final String NOTE =
      "src/test/resources/corpus/unikraft/discussions/maintainers/2024/2024-03-04.md";
  // Thursday 7 March 2024, 09:00 in Bucharest: item #2 is due the next day.
  static final Clock THURSDAY =
      Clock.fixed(Instant.parse("2024-03-07T07:00:00Z"), ZoneId.of("UTC"));

  @TempDir Path folder;
  String store;
  String config;

  @BeforeEach
  void ingestTheRealNote() throws IOException {
    store = "jdbc:sqlite:" + folder.resolve("minutes.db");
    config = folder.resolve("bot-config.properties").toString();
    Files.writeString(
        Path.of(config),
        "digest.zone=Europe/Bucharest\n"
            + "notes.base-url=https://github.com/unikraft/meetings/blob/main/\n"
            + "reminders.quiet-hours=22:00-08:00\n"
            + "notes.since=2000-01-01\n"
            // Meeting paths relative to this project, also where it is no git work tree.
            + "notes.root="
            + Path.of("").toAbsolutePath()
            + "\n");
    Cli ingest =
        Cli.run(
            "--config", config, "ingest", "--store", store, "--people", "notes/people.yaml", NOTE);
    assertThat(ingest.exit()).as(ingest.err()).isZero();
  }

  /** The test's configuration, posting through {@code discord}. */
  private void configureDiscord(FakeDiscord discord) throws IOException {
    Files.writeString(
        Path.of(config),
        String.join(
            "\n",
            "digest.zone=Europe/Bucharest",
            "notes.since=2000-01-01",
            discord.configLines(),
            ""));
  }

  Cli minutes(Map<String, String> environment, String... args) {
    List<String> all = new ArrayList<>(List.of("--config", config));
    all.addAll(List.of(args));
    all.addAll(List.of("--store", store, "--people", "notes/people.yaml"));
    return Cli.run(environment, THURSDAY, all.toArray(String[]::new));
  }

  Cli minutes(String... args) {
    return minutes(Map.of(), args);
  }

  @Test
  void printsTheDigestOfTheRealNoteAsMarkdown() {
    Cli digest = minutes("digest", "--since", "2024-03-01", "--until", "2024-03-10");

    assertThat(digest.exit()).as(digest.err()).isZero();
    assertThat(digest.out())
        .startsWith("# Weekly digest 2024-03-01 to 2024-03-10\n")
        .contains("**Trend:** 2 open items now, 0 a week ago (+2).")
        .contains(
            "- **Maintainers Meeting, March 4, 2024** · maintainers · 2024-03-04 ·"
                + " <https://github.com/unikraft/meetings/blob/main/"
                + NOTE
                + ">")
        .contains(
            "**Cezar Crăciunoiu** (1)\n- #2 Look into this week: nightly builds. (due 2024-03-08)")
        .contains("**Răzvan Deaconescu** (1)\n- #1 Create a GitHub project 0.16.3.")
        .contains(
            "## Overdue (1)\n- #2 CC: Look into this week: nightly builds. (due 2024-03-08, 2 days late)");
  }

  @Test
  void printsTheDigestAsJsonForScripts() throws IOException {
    Cli digest =
        minutes("digest", "--since", "2024-03-01", "--until", "2024-03-10", "--format", "json");

    JsonNode json = new ObjectMapper().readTree(digest.out());
    assertThat(json.get("meetings")).hasSize(1);
    assertThat(json.get("newItemsByOwner").get("Cezar Crăciunoiu").get(0).get("id").asLong())
        .isEqualTo(2);
    assertThat(json.get("trend").get("openNow").asInt()).isEqualTo(2);
  }

  @Test
  void postWithoutATokenPrintsWhatWouldBePostedAndSaysSo() {
    Cli post = minutes("digest", "--since", "2024-03-01", "--until", "2024-03-10", "--post");

    assertThat(post.exit()).isZero();
    assertThat(post.out())
        .startsWith(
            "Discord: would post to the channel (no DISCORD_TOKEN or discord.token-file), 1"
                + " message")
        .contains("# Weekly digest 2024-03-01 to 2024-03-10");
  }

  @Test
  void postWithATokenSendsTheDigestToTheChannelThroughDiscord() throws Exception {
    try (FakeDiscord discord = new FakeDiscord()) {
      configureDiscord(discord);

      Cli post =
          minutes(
              Map.of("DISCORD_TOKEN", "test-token"),
              "digest",
              "--since",
              "2024-03-01",
              "--until",
              "2024-03-10",
              "--post");

      assertThat(post.exit()).as(post.err()).isZero();
      JsonNode message =
          new ObjectMapper()
              .readTree(discord.next("POST", "/channels/" + FakeDiscord.CHANNEL).body());
      assertThat(message.get("content").asText()).startsWith("# Weekly digest 2024-03-01");
      assertThat(post.out() + post.err()).doesNotContain("test-token");
    }
  }

  @Test
  void previewsTheRemindersDueAtAGivenTime() {
    Cli preview = minutes("remind", "--at", "2024-03-09T09:00");

    assertThat(preview.out())
        .contains("dry run: 1 reminders due at 2024-03-09T09:00 Europe/Bucharest, nothing sent")
        .contains("to Cezar Crăciunoiu:")
        .contains("- #2 Look into this week: nightly builds. — overdue by 1 day (due 2024-03-08)");
    assertThat(minutes("remind", "--at", "2024-03-09T23:00").out())
        .startsWith("quiet hours (reminders.quiet-hours)");
  }

  @Test
  void withoutATokenRemindShowsTheRemindersAndRecordsNothingSoARunWithATokenSendsThemOnce()
      throws Exception {
    Cli first = minutes("remind");
    Cli second = minutes("remind");

    assertThat(first.out())
        .contains("no DISCORD_TOKEN or discord.token-file")
        .contains("Cezar Crăciunoiu, a reminder of your action items:")
        .contains("due tomorrow (2024-03-08)")
        .contains("buttons for items [2]")
        .contains("dry run: showed 1 of 1 reminders due; nothing is recorded as sent");
    assertThat(second.out()).isEqualTo(first.out());

    try (FakeDiscord discord = new FakeDiscord()) {
      configureDiscord(discord);
      Map<String, String> token = Map.of("DISCORD_TOKEN", "test-token");

      Cli sent = minutes(token, "remind");
      String posted = discord.next("POST", "/channels/" + FakeDiscord.CHANNEL).body();
      Cli again = minutes(token, "remind");

      assertThat(sent.out()).contains("sent 1 of 1 reminders due");
      assertThat(posted).contains("Cezar Crăciunoiu, a reminder of your action items:");
      assertThat(again.out())
          .contains("already reminded on 2024-03-07: Cezar Crăciunoiu")
          .contains("sent 0 of 1 reminders due");
    }
  }

  @Test
  void schedulerOnceWithoutATokenRecordsNothingAndALaterRunWithATokenSends() throws Exception {
    Cli dryRun = minutes("scheduler", "--once");

    assertThat(dryRun.exit()).as(dryRun.err()).isZero();
    assertThat(dryRun.out())
        .contains("Cezar Crăciunoiu, a reminder of your action items:")
        .contains("reminders@2024-03-07T09:00 (dry run, not recorded)");

    try (FakeDiscord discord = new FakeDiscord()) {
      configureDiscord(discord);

      Cli real = minutes(Map.of("DISCORD_TOKEN", "test-token"), "scheduler", "--once");
      String posted = discord.next("POST", "/channels/" + FakeDiscord.CHANNEL).body();

      assertThat(real.exit()).as(real.err()).isZero();
      assertThat(real.out()).contains("ran reminders@2024-03-07T09:00");
      assertThat(posted).contains("Cezar Crăciunoiu, a reminder of your action items:");
    }
  }

  @Test
  void aPersonWhoTurnedRemindersOffIsLeftOutUntilTheyTurnThemOn() {
    assertThat(minutes("remind", "--off", "CC").out())
        .contains("reminders off for Cezar Crăciunoiu");
    assertThat(minutes("remind", "--dry-run").out()).startsWith("no reminders due at");

    minutes("remind", "--on", "Cezar");
    assertThat(minutes("remind", "--dry-run").out()).contains("to Cezar Crăciunoiu:");
  }

  @Test
  void aSnoozedItemIsNotRemindedUntilItsSnoozeEndsAndABadDurationIsOneLine() {
    Cli snooze =
        Cli.run(Map.of(), THURSDAY, "--config", config, "snooze", "--store", store, "2", "3d");
    Cli bad =
        Cli.run(Map.of(), THURSDAY, "--config", config, "snooze", "--store", store, "2", "soon");

    assertThat(snooze.out()).isEqualTo("#2 is not reminded until 2024-03-10T07:00:00Z\n");
    assertThat(minutes("remind", "--at", "2024-03-09T09:00").out())
        .startsWith("no reminders due at");
    assertThat(minutes("remind", "--at", "2024-03-12T09:00").out()).contains("- #2 ");
    assertThat(bad.exit()).isEqualTo(ExitCode.USER_ERROR.code());
    assertThat(bad.err())
        .startsWith("minutes: snooze: 'soon' is not a duration\n")
        .doesNotContain("Exception");
  }

  @Test
  void badReminderSettingsNameTheKey() throws IOException {
    Files.writeString(Path.of(config), "reminders.quiet-hours=after dinner\n");

    Cli run = minutes("remind", "--dry-run");

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).contains("reminders.quiet-hours", "after dinner", "22:00-08:00");
  }

  @Test
  void aBadCronExpressionNamesTheKey() throws IOException {
    Files.writeString(Path.of(config), "digest.cron=every monday\n");

    Cli run = minutes("digest");

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).contains("digest.cron", "five-field Unix cron");
  }
}
