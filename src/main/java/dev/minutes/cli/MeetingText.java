package dev.minutes.cli;

import dev.minutes.notes.ActionItem;
import dev.minutes.notes.AgendaItem;
import dev.minutes.notes.Decision;
import dev.minutes.notes.Diagnostic;
import dev.minutes.notes.Meeting;
import dev.minutes.notes.Owner;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The terminal rendering of a parsed meeting: header, agenda, decisions, then action items grouped
 * by owner with their due dates, then warnings as {@code file:line: message [code]}.
 */
final class MeetingText {
  private MeetingText() {}

  static String of(Meeting meeting) {
    StringBuilder text = new StringBuilder();
    text.append("== ").append(meeting.source()).append('\n');
    if (meeting.title() != null) {
      text.append(meeting.title()).append('\n');
    }
    text.append("Date: ")
        .append(
            meeting.datetime() != null
                ? MeetingJson.DATETIME.format(meeting.datetime())
                : orDash(meeting.date()))
        .append('\n');
    if (!meeting.participants().isEmpty()) {
      text.append("Participants: ").append(String.join(", ", meeting.participants())).append('\n');
    }
    if (meeting.nextMeeting() != null) {
      text.append("Next meeting: ").append(meeting.nextMeeting()).append('\n');
    }
    if (!meeting.agenda().isEmpty()) {
      text.append("\nAgenda\n");
      for (AgendaItem item : meeting.agenda()) {
        text.append("  - ").append(item.text()).append('\n');
      }
    }
    if (!meeting.decisions().isEmpty()) {
      text.append("\nDecisions\n");
      for (Decision decision : meeting.decisions()) {
        text.append("  - ").append(decision.text()).append('\n');
      }
    }
    if (!meeting.actions().isEmpty()) {
      text.append("\nAction items\n");
      for (Map.Entry<String, List<ActionItem>> group : byOwner(meeting.actions()).entrySet()) {
        text.append("  ").append(group.getKey()).append('\n');
        for (ActionItem action : group.getValue()) {
          text.append("    [").append(action.done() ? 'x' : ' ').append("] ").append(action.text());
          if (action.due() != null) {
            text.append(" (due ").append(action.due()).append(')');
          }
          text.append('\n');
        }
      }
    }
    if (!meeting.warnings().isEmpty()) {
      text.append('\n');
      for (Diagnostic warning : meeting.warnings()) {
        text.append(meeting.source())
            .append(':')
            .append(warning.line())
            .append(": ")
            .append(warning.severity().label())
            .append(": ")
            .append(warning.message())
            .append(" [")
            .append(warning.code())
            .append("]\n");
      }
    }
    return text.append('\n').toString();
  }

  /** Owners as "RD (RăzvanD)"; several owners share one group, unowned items come last. */
  private static Map<String, List<ActionItem>> byOwner(List<ActionItem> actions) {
    Map<String, List<ActionItem>> groups =
        actions.stream()
            .filter(a -> !a.owners().isEmpty())
            .collect(
                Collectors.groupingBy(
                    a ->
                        a.owners().stream()
                            .map(MeetingText::owner)
                            .collect(Collectors.joining(", ")),
                    LinkedHashMap::new,
                    Collectors.toList()));
    List<ActionItem> unowned = actions.stream().filter(a -> a.owners().isEmpty()).toList();
    if (!unowned.isEmpty()) {
      groups.put("(no owner)", unowned);
    }
    return groups;
  }

  private static String owner(Owner owner) {
    return owner.person() == null || owner.person().equals(owner.token())
        ? owner.token()
        : owner.token() + " (" + owner.person() + ")";
  }

  private static String orDash(Object value) {
    return value == null ? "-" : value.toString();
  }
}
