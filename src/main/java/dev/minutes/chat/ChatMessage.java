package dev.minutes.chat;

import java.util.List;

/**
 * A message for the community chat, before platform limits apply: the adapter splits long text,
 * escapes what must be escaped and allows only the listed user mentions.
 *
 * @param text Markdown; may be longer than one platform message
 * @param mentionedUserIds chat user ids that may be pinged; nothing else ever is
 * @param itemButtons action items the message is about; each gets Done / Snooze / Open issue
 */
public record ChatMessage(String text, List<String> mentionedUserIds, List<Long> itemButtons) {

  public ChatMessage {
    mentionedUserIds = List.copyOf(mentionedUserIds);
    itemButtons = List.copyOf(itemButtons);
  }

  public static ChatMessage plain(String text) {
    return new ChatMessage(text, List.of(), List.of());
  }
}
