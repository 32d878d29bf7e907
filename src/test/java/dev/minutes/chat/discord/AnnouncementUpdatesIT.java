package dev.minutes.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.minutes.application.AnnounceMeetings;
import dev.minutes.chat.AnnouncementUpdates;
import dev.minutes.chat.Announcer;
import dev.minutes.chat.ChatMembers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A meeting's announcement follows its items (issue 16): the real JDA client against the fake
 * Discord, a real SQLite store; the meeting is re-ingested with one item edited.
 */
class AnnouncementUpdatesIT {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String EDITED =
      BotFixture.NOTES.replace(
          "RD: Create a GitHub project 0.16.3.", "RD: Create the GitHub project 0.16.3.");

  @TempDir Path folder;

  @Test
  void withinTheEditWindowTheAnnouncementIsEditedInPlace() throws Exception {
    try (FakeDiscord discord = new FakeDiscord();
        BotFixture fixture = new BotFixture(folder);
        DiscordBot bot = start(discord, fixture, Duration.ofDays(7))) {
      String posted =
          JSON.readTree(discord.next("POST", "/channels/700/messages").body())
              .path("content")
              .asText();
      String messageId =
          fixture.store.effect(AnnouncementUpdates.key(1)).orElseThrow().externalRef();

      fixture.ingest("notes/2024-03-04-maintainers.md", EDITED);
      int updated = bot.announcePending();

      FakeDiscord.Request edit = discord.next("PATCH", "/channels/700/messages/" + messageId);
      assertThat(updated).isZero(); // no new meeting announced
      assertThat(posted).contains("Create a GitHub project 0.16.3.");
      assertThat(JSON.readTree(edit.body()).path("content").asText())
          .contains("Create the GitHub project 0.16.3.");
      assertThat(fixture.store.effects(AnnouncementUpdates.key(1)))
          .extracting(e -> AnnouncementUpdates.describe(e, 1).orElseThrow())
          .containsExactly("meeting announced in the chat", "announcement edited in place");
      bot.announcePending();
      assertThat(fixture.store.effects(AnnouncementUpdates.key(1))).hasSize(2);
    }
  }

  @Test
  void afterTheEditWindowAShortNoteGoesToTheAnnouncementsThread() throws Exception {
    try (FakeDiscord discord = new FakeDiscord();
        BotFixture fixture = new BotFixture(folder);
        DiscordBot bot = start(discord, fixture, Duration.ZERO)) {
      discord.next("POST", "/channels/700/messages");
      String messageId =
          fixture.store.effect(AnnouncementUpdates.key(1)).orElseThrow().externalRef();

      fixture.ingest("notes/2024-03-04-maintainers.md", EDITED);
      bot.announcePending();

      JsonNode thread =
          JSON.readTree(
              discord.next("POST", "/channels/700/messages/" + messageId + "/threads").body());
      JsonNode note =
          JSON.readTree(discord.next("POST", "/channels/" + messageId + "/messages").body());
      assertThat(thread.path("name").asText()).isEqualTo("Updates");
      assertThat(note.path("content").asText())
          .startsWith("Updated: the action items of this meeting changed")
          .contains("1 edited");
      assertThat(discord.requests).noneMatch(r -> r.method().equals("PATCH"));
    }
  }

  private static DiscordBot start(FakeDiscord discord, BotFixture fixture, Duration editWindow) {
    return DiscordBot.start(
        new DiscordSettings(
            FakeDiscord.GUILD,
            "monkey-business",
            "Maintainers",
            discord.apiUrl(),
            discord.gatewayUrl()),
        "fake-token",
        fixture.store,
        BotFixture.PEOPLE,
        fixture.services,
        new AnnounceMeetings(
            new Announcer(
                fixture.store,
                () -> new ChatMembers(BotFixture.PEOPLE, Map.of()),
                null,
                editWindow,
                BotFixture.CLOCK),
            fixture.store),
        BotFixture.CLOCK);
  }
}
