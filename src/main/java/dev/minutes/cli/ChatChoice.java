package dev.minutes.cli;

import dev.minutes.chat.ChatSession;
import dev.minutes.chat.discord.DiscordPoster;
import java.io.PrintWriter;
import java.util.Optional;

/** Picks the chat a command sends through: Discord when a token is set, else printing. */
final class ChatChoice {
  private ChatChoice() {}

  static ChatSession open(Settings settings, PrintWriter out) {
    DiscordWiring discord = new DiscordWiring(settings);
    Optional<String> token = discord.token();
    if (token.isEmpty()) {
      return PrintingChat.withoutToken(out);
    }
    return DiscordPoster.connect(discord.settings(), token.get());
  }
}
