package dev.minutes.remind;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One message to one owner, listing every item of theirs that needs a nudge today.
 *
 * @param recipient the person's directory name, else the owner as written in the notes
 * @param chatUserId the person's Discord user id, or null when the directory does not know it
 * @param day the local day the reminder is for; with the recipient it keys the run-once record
 */
public record Reminder(
    String recipient, String chatUserId, LocalDate day, List<RemindedItem> items) {

  public Reminder {
    items = List.copyOf(items);
  }

  /** The run-once key: one reminder per person per day, however often the job runs. */
  public String effectKey() {
    return "remind@" + recipient + "@" + day;
  }

  /**
   * Markdown with the notes' text as written; mentions the recipient only when their chat id is
   * known.
   *
   * @param mention the chat's syntax for mentioning a member by id
   */
  public String text(UnaryOperator<String> mention) {
    return text(mention, UnaryOperator.identity());
  }

  /**
   * @param mention the chat's syntax for mentioning a member by id: Minutes' own, never escaped
   * @param notesText applied to every piece of text that comes from the notes or the people
   *     directory, e.g. a chat's escape
   */
  public String text(UnaryOperator<String> mention, UnaryOperator<String> notesText) {
    StringBuilder text = new StringBuilder();
    text.append(chatUserId == null ? notesText.apply(recipient) : mention.apply(chatUserId))
        .append(", a reminder of your action items:\n");
    for (RemindedItem entry : items) {
      text.append("- #")
          .append(entry.item().id())
          .append(' ')
          .append(notesText.apply(entry.item().text()))
          .append(" — ")
          .append(why(entry))
          .append('\n');
    }
    return text.toString().stripTrailing();
  }

  private static String why(RemindedItem entry) {
    return switch (entry.reason()) {
      case DUE_TOMORROW -> "due tomorrow (" + entry.item().due() + ")";
      case DUE_TODAY -> "due today";
      case OVERDUE ->
          "overdue by "
              + entry.days()
              + (entry.days() == 1 ? " day" : " days")
              + " (due "
              + entry.item().due()
              + ")";
      case NO_DUE_DATE -> "open for " + entry.days() + " days, no due date";
    };
  }
}
