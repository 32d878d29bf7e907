package dev.minutes.chat;

import dev.minutes.digest.Digest;
import dev.minutes.digest.DigestText;
import dev.minutes.remind.Reminder;
import java.util.List;

/**
 * The digest and reminders as chat messages, with every piece of notes text escaped by {@link
 * DiscordMarkdown#escape}: the same path the announcements, {@code /meeting} and {@code /todos}
 * take, so a masked link, a role or {@code @everyone} written in the notes stays text everywhere.
 */
public final class ChatTexts {
  private ChatTexts() {}

  /** The digest as Markdown for the chat. */
  public static String digest(Digest digest) {
    return DigestText.render(digest, DigestText.Style.MARKDOWN, DiscordMarkdown::escape);
  }

  /** A reminder that may ping its recipient (only them) and has a row of buttons per item. */
  public static ChatMessage reminder(Reminder reminder) {
    List<Long> buttons = reminder.items().stream().map(e -> e.item().id()).toList();
    String id = reminder.chatUserId();
    return new ChatMessage(
        reminder.text(DiscordMarkdown::mention, DiscordMarkdown::escape),
        id == null ? List.of() : List.of(id),
        buttons);
  }
}
