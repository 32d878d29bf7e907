package dev.minutes.cli;

import dev.minutes.chat.Chat;
import dev.minutes.chat.ChatMessage;
import dev.minutes.chat.discord.DiscordPoster;
import dev.minutes.chat.discord.DiscordSettings;
import dev.minutes.config.Config;
import java.io.PrintWriter;
import java.util.Optional;

/** Picks the chat a command sends through: Discord when a token is set, else printing. */
final class ChatChoice {
  private ChatChoice() {}

  static OpenChat open(Config config, PrintWriter out) {
    Optional<String> token = DiscordSettings.token(config);
    if (token.isEmpty()) {
      return new OpenChat(new PrintingChat(out, "no DISCORD_TOKEN or discord.token-file"), null);
    }
    DiscordPoster poster = DiscordPoster.connect(DiscordSettings.from(config), token.get());
    return new OpenChat(poster, poster);
  }

  /** A chat for one command, holding the Discord connection (if any) until it is closed. */
  static final class OpenChat implements Chat, AutoCloseable {
    private final Chat chat;
    private final AutoCloseable connection;

    OpenChat(Chat chat, AutoCloseable connection) {
      this.chat = chat;
      this.connection = connection;
    }

    @Override
    public void post(ChatMessage message) {
      chat.post(message);
    }

    @Override
    public void sendDirect(String userId, ChatMessage message) {
      chat.sendDirect(userId, message);
    }

    @Override
    public void close() {
      if (connection != null) {
        try {
          connection.close();
        } catch (Exception e) {
          throw new IllegalStateException("closing the Discord connection failed", e);
        }
      }
    }
  }
}
