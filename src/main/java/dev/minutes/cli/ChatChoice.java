package dev.minutes.cli;

import dev.minutes.chat.ChatSession;
import dev.minutes.chat.discord.DiscordPoster;
import dev.minutes.chat.discord.DiscordSettings;
import dev.minutes.config.Config;
import java.io.PrintWriter;
import java.util.Optional;

/** Picks the chat a command sends through: Discord when a token is set, else printing. */
final class ChatChoice {
  private ChatChoice() {}

  static ChatSession open(Config config, PrintWriter out) {
    Optional<String> token = DiscordSettings.token(config);
    if (token.isEmpty()) {
      return PrintingChat.withoutToken(out);
    }
    return DiscordPoster.connect(DiscordSettings.from(config), token.get());
  }
}
