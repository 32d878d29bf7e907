package dev.minutes.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.TestNotes;
import dev.minutes.chat.Announcer;
import dev.minutes.chat.ChatMembers;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The bot's announcement, {@code /todos} and {@code /meeting} of hostile notes, through JDA. */
@Timeout(60)
class NotesTextInBotRepliesIT {
  @TempDir Path folder;

  @Test
  void noMaskedLinkMentionOrEveryoneFromTheNotesReachesTheChannelOrAReply() throws Exception {
    try (FakeDiscord discord = new FakeDiscord();
        BotFixture fixture = new BotFixture(folder)) {
      fixture.ingest("notes/2024-03-05-hostile.md", TestNotes.HOSTILE_MEETING);
      DiscordSettings settings =
          new DiscordSettings(
              FakeDiscord.GUILD, FakeDiscord.CHANNEL, "42", discord.apiUrl(), discord.gatewayUrl());
      Announcer announcer =
          new Announcer(
              fixture.store,
              () -> new ChatMembers(BotFixture.PEOPLE, Map.of()),
              null,
              java.time.Duration.ofDays(7),
              BotFixture.CLOCK);
      try (DiscordBot bot = fixture.startBot(settings, announcer)) {
        discord.slashCommand(BotFixture.STRANGER, List.of(), "todos", Map.of("status", "all"));
        discord.next("POST", "/callback");
        discord.slashCommand(BotFixture.STRANGER, List.of(), "meeting", Map.of());
        discord.next("POST", "/callback");
      }
      List<String> bodies = discord.messageContents();
      assertThat(String.join("\n", bodies)).contains("evil.example/phish", "everyone");
      for (String body : bodies) {
        assertThat(body)
            .as(body)
            .doesNotContain("@everyone", "@here")
            .doesNotContainPattern(TestNotes.UNESCAPED_MASKED_LINK)
            // Only the owner Minutes itself names (RD, linked to user 111) may be mentioned.
            .doesNotContainPattern("<(@[&!]?|#)(?!" + BotFixture.RAZVAN + ">)\\d+>");
      }
    }
  }
}
