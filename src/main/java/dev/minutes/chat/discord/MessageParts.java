package dev.minutes.chat.discord;

import dev.minutes.chat.ChatMessage;
import dev.minutes.chat.DiscordMarkdown;
import dev.minutes.chat.MessageSplitter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Turns a {@link ChatMessage} into Discord messages: text split to 2000 characters, only the
 * message's own users allowed to be pinged, and the item buttons (one row per item, at most five
 * rows) on the last part, where they follow everything they refer to.
 */
final class MessageParts {
  static final int MAX_ROWS = 5;

  private MessageParts() {}

  static List<MessageCreateData> of(ChatMessage message) {
    return of(message, null);
  }

  static List<MessageCreateData> of(ChatMessage message, Reply.Paging paging) {
    return of(message, paging, 0);
  }

  /**
   * @param maxParts at most this many messages, the last one saying what was left out; 0 for no
   *     limit
   */
  static List<MessageCreateData> of(ChatMessage message, Reply.Paging paging, int maxParts) {
    List<String> texts =
        MessageSplitter.splitAtMost(
            message.text(),
            MessageSplitter.DISCORD_LIMIT,
            maxParts,
            DiscordSettings.MAX_MESSAGES_KEY);
    List<ActionRow> rows = rows(message.itemButtons(), paging);
    List<MessageCreateData> parts = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      MessageCreateBuilder builder = new MessageCreateBuilder().setContent(text);
      // No mention type is parsed from the text; only listed users may ping.
      builder.setAllowedMentions(EnumSet.noneOf(Message.MentionType.class));
      List<String> users =
          message.mentionedUserIds().stream()
              .filter(id -> text.contains(DiscordMarkdown.mention(id)))
              .toList();
      if (!users.isEmpty()) {
        builder.mentionUsers(users);
      }
      if (i == texts.size() - 1 && !rows.isEmpty()) {
        builder.setComponents(rows);
      }
      parts.add(builder.build());
    }
    return parts;
  }

  static List<ActionRow> rows(List<Long> items, Reply.Paging paging) {
    List<ActionRow> rows = new ArrayList<>();
    int itemRows = paging != null && paging.pages() > 1 ? MAX_ROWS - 1 : MAX_ROWS;
    for (long id : items.subList(0, Math.min(items.size(), itemRows))) {
      rows.add(
          ActionRow.of(
              Button.success(ButtonIds.done(id), "Done #" + id),
              Button.secondary(ButtonIds.snooze(id), "Snooze a week"),
              Button.primary(ButtonIds.issue(id), "Open issue")));
    }
    if (paging != null && paging.pages() > 1) {
      rows.add(
          ActionRow.of(
              Button.secondary(ButtonIds.page(paging.page() - 1, paging.query()), "◀ Previous")
                  .withDisabled(paging.page() == 0),
              Button.secondary(ButtonIds.page(paging.page() + 1, paging.query()), "Next ▶")
                  .withDisabled(paging.page() >= paging.pages() - 1)));
    }
    return rows;
  }
}
