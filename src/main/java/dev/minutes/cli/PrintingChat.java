package dev.minutes.cli;

import dev.minutes.chat.Chat;
import dev.minutes.chat.ChatMessage;
import java.io.PrintWriter;
import java.util.stream.Collectors;

/**
 * The chat used when no Discord token is set: prints exactly what would be sent, and says so, so
 * that {@code --post} and reminders can be tried without a bot.
 */
final class PrintingChat implements Chat {
  private final PrintWriter out;

  PrintingChat(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void post(ChatMessage message) {
    print("would post to Discord (community channel)", message);
  }

  @Override
  public void sendDirect(String userId, ChatMessage message) {
    print("would send to Discord user " + userId + " (direct message)", message);
  }

  private void print(String header, ChatMessage message) {
    out.println("--- " + header + ", " + message.text().length() + " characters ---");
    out.println(message.text());
    if (!message.itemButtons().isEmpty()) {
      out.println(
          "[buttons: Done / Snooze for "
              + message.itemButtons().stream().map(id -> "#" + id).collect(Collectors.joining(", "))
              + "]");
    }
    out.flush();
  }
}
