package dev.minutes.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.minutes.chat.Announcer;
import dev.minutes.chat.ChatMembers;
import dev.minutes.items.ItemStatus;
import dev.minutes.notes.MinutesException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The real JDA client against {@link FakeDiscord} on 127.0.0.1. */
@Timeout(60)
class DiscordBotEndToEndIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path folder;

  @Test
  void connectsRegistersAnnouncesAndAnswersSlashCommands() throws Exception {
    try (FakeDiscord discord = new FakeDiscord();
        BotFixture fixture = new BotFixture(folder)) {
      DiscordSettings settings = settings(discord, "monkey-business");
      Announcer announcer = announcer(fixture);

      try (DiscordBot bot = fixture.startBot(settings, announcer)) {
        FakeDiscord.Request commands =
            discord.next("PUT", "/guilds/" + FakeDiscord.GUILD + "/commands");
        assertThat(JSON.readTree(commands.body()).findValuesAsText("name"))
            .contains("todos", "done", "reopen", "meeting", "issue", "ingest", "iam");

        JsonNode announcement =
            JSON.readTree(discord.next("POST", "/channels/" + FakeDiscord.CHANNEL).body());
        assertThat(announcement.path("content").asText())
            .startsWith("📝 **Maintainers Meeting** — 2024-03-04")
            .contains("<@111>");
        assertThat(announcement.path("allowed_mentions").path("parse")).isEmpty();
        assertThat(announcement.path("allowed_mentions").path("users").toString())
            .isEqualTo("[\"111\"]");
        assertThat(announcement.path("components")).hasSize(2); // one row per open item

        discord.slashCommand(BotFixture.RAZVAN, List.of(), "todos", Map.of());
        JsonNode todos = JSON.readTree(discord.next("POST", "/callback").body());
        assertThat(todos.path("type").asInt()).isEqualTo(4);
        assertThat(todos.path("data").path("content").asText()).startsWith("**Open items** — 2");
        assertThat(todos.path("data").path("allowed_mentions").path("parse")).isEmpty();

        discord.slashCommand(
            BotFixture.RAZVAN, List.of(), "snooze", Map.of("id", 1, "duration", "3d"));
        JsonNode snoozed = JSON.readTree(discord.next("POST", "/callback").body());
        assertThat(snoozed.path("data").path("content").asText())
            .startsWith("Reminders for `#1` wait until");
        assertThat(fixture.store.item(1).orElseThrow().snoozedUntil()).isNotNull();
        discord.slashCommand(
            BotFixture.RAZVAN, List.of(), "snooze", Map.of("id", 1, "duration", "soon"));
        JsonNode notADuration = JSON.readTree(discord.next("POST", "/callback").body());
        assertThat(notADuration.path("data").path("content").asText())
            .isEqualTo("`soon` is not a duration: use 12h, 3d, 2w or P10D.");

        discord.slashCommand(BotFixture.STRANGER, List.of(), "done", Map.of("id", 1));
        JsonNode refused = JSON.readTree(discord.next("POST", "/callback").body());
        assertThat(refused.path("data").path("flags").asInt() & 64).isEqualTo(64); // ephemeral

        discord.slashCommand(
            BotFixture.MAINTAINER, List.of(FakeDiscord.MAINTAINER_ROLE), "done", Map.of("id", 1));
        JsonNode done = JSON.readTree(discord.next("POST", "/callback").body());
        assertThat(done.path("data").path("content").asText()).startsWith("`#1` is done");
        assertThat(fixture.store.item(1).orElseThrow().status()).isEqualTo(ItemStatus.DONE);

        assertThat(bot.announcePending()).isZero(); // announced once, never twice
      }
    }
  }

  @Test
  void aSecondRoleNamedLikeTheMaintainersStopsTheStartAskingForTheRoleId() throws Exception {
    try (FakeDiscord discord = new FakeDiscord();
        BotFixture fixture = new BotFixture(folder)) {
      discord.addRoles(Map.of("43", "maintainers")); // made by anyone who may create roles
      DiscordSettings settings = settings(discord, FakeDiscord.CHANNEL);
      Announcer announcer = announcer(fixture);

      assertThatThrownBy(() -> fixture.startBot(settings, announcer).close())
          .isInstanceOf(MinutesException.class)
          .hasMessageContaining("2 roles are named");
    }
  }

  private static DiscordSettings settings(FakeDiscord discord, String channel) {
    return new DiscordSettings(
        FakeDiscord.GUILD, channel, "Maintainers", discord.apiUrl(), discord.gatewayUrl());
  }

  private static Announcer announcer(BotFixture fixture) {
    return new Announcer(
        fixture.store,
        () -> new ChatMembers(BotFixture.PEOPLE, Map.of()),
        null,
        java.time.Duration.ofDays(7),
        BotFixture.CLOCK);
  }
}
