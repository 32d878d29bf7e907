package dev.minutes.cli;

import dev.minutes.chat.Chat;
import dev.minutes.notes.MinutesException;
import java.io.PrintWriter;
import java.util.Map;

/** Picks the chat a command sends through: Discord when a token is set, else printing. */
final class ChatChoice {
  static final String TOKEN_VARIABLE = "DISCORD_TOKEN";

  private ChatChoice() {}

  static Chat open(Map<String, String> environment, PrintWriter out) {
    String token = environment.get(TOKEN_VARIABLE);
    if (token != null && !token.isBlank()) {
      // Refuse rather than print: with a token set, the user expects a real post.
      throw new MinutesException(
          "environment " + TOKEN_VARIABLE,
          "this build has no Discord adapter yet, so nothing can be posted",
          "unset " + TOKEN_VARIABLE + " to print what would be sent instead");
    }
    out.println("DISCORD_TOKEN is not set: printing what would be sent to Discord.");
    return new PrintingChat(out);
  }
}
