package dev.minutes.cli;

import dev.minutes.chat.ChatMessage;
import dev.minutes.chat.ChatSession;
import dev.minutes.chat.MessageSplitter;
import java.io.PrintWriter;
import java.util.List;

/**
 * The chat without a token: prints what would be posted, split into messages exactly as Discord
 * would receive them.
 */
final class PrintingChat implements ChatSession {
  private final PrintWriter out;
  private final String reason;

  /** The chat of every command run without a Discord token. */
  static PrintingChat withoutToken(PrintWriter out) {
    return new PrintingChat(out, "no DISCORD_TOKEN or discord.token-file");
  }

  PrintingChat(PrintWriter out, String reason) {
    this.out = out;
    this.reason = reason;
  }

  @Override
  public void post(ChatMessage message) {
    print("the channel", message);
  }

  /** Nothing is posted, so there is nothing to edit later. */
  @Override
  public String postKept(ChatMessage message) {
    post(message);
    return null;
  }

  @Override
  public boolean edit(String messageId, ChatMessage message) {
    print("an edit of message " + messageId, message);
    return true;
  }

  @Override
  public void postInThread(String messageId, String threadName, ChatMessage message) {
    print("the thread of message " + messageId, message);
  }

  @Override
  public void sendDirect(String userId, ChatMessage message) {
    print("user " + userId, message);
  }

  private void print(String where, ChatMessage message) {
    List<String> parts = MessageSplitter.split(message.text(), MessageSplitter.DISCORD_LIMIT);
    out.printf(
        "Discord: would post to %s (%s), %d message%s, buttons for items %s:%n",
        where, reason, parts.size(), parts.size() == 1 ? "" : "s", message.itemButtons());
    for (int i = 0; i < parts.size(); i++) {
      if (parts.size() > 1) {
        out.printf("----- message %d/%d -----%n", i + 1, parts.size());
      }
      out.println(parts.get(i));
    }
  }

  @Override
  public boolean delivers() {
    return false;
  }

  /** Nothing to close: nothing was connected. */
  @Override
  public void close() {
    out.flush();
  }
}
