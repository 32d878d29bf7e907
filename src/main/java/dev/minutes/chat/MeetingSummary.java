package dev.minutes.chat;

import dev.minutes.items.ItemStatus;
import dev.minutes.items.StoredMeeting;
import dev.minutes.items.TrackedItem;
import dev.minutes.notes.AgendaItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The answer to {@code /meeting}: agenda, decisions and action items by owner. */
public final class MeetingSummary {
  private final ChatMembers members;

  public MeetingSummary(ChatMembers members) {
    this.members = members;
  }

  public ChatMessage render(
      StoredMeeting meeting, List<TrackedItem> items, Map<Long, String> issueUrls) {
    StringBuilder text = new StringBuilder();
    text.append("**").append(DiscordMarkdown.escape(MeetingAnnouncement.title(meeting)));
    text.append("**");
    if (meeting.date() != null) {
      text.append(" — ").append(meeting.date());
    }
    text.append('\n');
    if (!meeting.agenda().isEmpty()) {
      text.append("\n**Agenda**\n");
      for (AgendaItem entry : meeting.agenda()) {
        text.append("• ").append(DiscordMarkdown.escape(entry.text())).append('\n');
      }
    }
    MeetingAnnouncement.appendDecisions(meeting.decisions(), text);
    List<TrackedItem> shown = items.stream().filter(i -> i.status() != ItemStatus.REMOVED).toList();
    text.append("\n**Action items** (").append(shown.size()).append(")\n");
    // A summary is read on request: it names owners without pinging them.
    for (String line : ItemGroups.lines(shown, members, issueUrls, 0, new ArrayList<>())) {
      text.append(line).append('\n');
    }
    return ChatMessage.plain(text.toString().stripTrailing());
  }
}
