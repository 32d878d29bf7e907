package dev.minutes.chat;

import dev.minutes.items.ItemStatus;
import dev.minutes.items.StoredMeeting;
import dev.minutes.items.TrackedItem;
import dev.minutes.notes.Decision;
import dev.minutes.notes.NotesLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the channel reads when a meeting is ingested: title, decisions, and the action items by
 * owner with linked owners mentioned and links to their GitHub issues. Long meetings become long
 * text; the adapter splits it into messages.
 */
public final class MeetingAnnouncement {
  /** Discord allows five rows of buttons per message; each item gets a row. */
  public static final int MAX_ITEMS_WITH_BUTTONS = 5;

  private final ChatMembers members;
  private final String notesBaseUrl;

  /**
   * @param notesBaseUrl prefix that turns a meeting's source path into a link; null for none
   */
  public MeetingAnnouncement(ChatMembers members, String notesBaseUrl) {
    this.members = members;
    this.notesBaseUrl = notesBaseUrl;
  }

  /**
   * @param items the meeting's items; removed ones are left out
   * @param issueUrls item id → URL of its issue
   */
  public ChatMessage render(
      StoredMeeting meeting, List<TrackedItem> items, Map<Long, String> issueUrls) {
    List<TrackedItem> shown = items.stream().filter(i -> i.status() != ItemStatus.REMOVED).toList();
    List<String> mentioned = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    text.append("📝 **").append(DiscordMarkdown.escape(title(meeting))).append("**");
    if (meeting.date() != null) {
      text.append(" — ").append(meeting.date());
    }
    if (!meeting.teams().isEmpty()) {
      text.append(" (").append(DiscordMarkdown.escape(String.join(", ", meeting.teams())));
      text.append(')');
    }
    text.append('\n');
    NotesLink.of(notesBaseUrl, meeting.source())
        .ifPresent(link -> text.append("Notes: <").append(link).append(">\n"));
    appendDecisions(meeting.decisions(), text);
    text.append("\n**Action items** (").append(shown.size()).append(")\n");
    if (shown.isEmpty()) {
      text.append("None recorded.\n");
    }
    for (String line : ItemGroups.lines(shown, members, issueUrls, 0, mentioned)) {
      text.append(line).append('\n');
    }
    List<Long> open =
        shown.stream().filter(i -> i.status() == ItemStatus.OPEN).map(TrackedItem::id).toList();
    List<Long> buttons = open.size() <= MAX_ITEMS_WITH_BUTTONS ? open : List.of();
    if (buttons.isEmpty() && !open.isEmpty()) {
      text.append("\nMark an item done with `/done ID`; list yours with `/todos`.\n");
    }
    return new ChatMessage(text.toString().stripTrailing(), mentioned, buttons);
  }

  static String title(StoredMeeting meeting) {
    return meeting.title() == null || meeting.title().isBlank()
        ? meeting.source()
        : meeting.title();
  }

  static void appendDecisions(List<Decision> decisions, StringBuilder text) {
    if (decisions.isEmpty()) {
      return;
    }
    text.append("\n**Decisions**\n");
    for (Decision decision : decisions) {
      text.append("• ").append(DiscordMarkdown.escape(decision.text())).append('\n');
    }
  }
}
