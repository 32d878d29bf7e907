package dev.minutes.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the date of the next meeting when the notes state it ("We meet next on …"). */
final class NextMeeting {
  private static final Pattern MENTION =
      Pattern.compile(
          "\\b(?:next\\s+(?:[\\w'’-]+\\s+){0,2}(?:meeting|call|sync|session)|meet\\s+(?:again\\s+)?next"
              + "|reconvene|follow-up\\s+meeting)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * Words every {@link #MENTION} contains. The pattern tests a word boundary at each position of
   * every text of the notes; a plain search for these words first skips the many texts that cannot
   * match.
   */
  private static final List<String> MENTION_WORDS = List.of("next", "meet", "reconvene");

  private static final Pattern TOMORROW =
      Pattern.compile("\\btomorrow\\b", Pattern.CASE_INSENSITIVE);

  private NextMeeting() {}

  /** The first stated next-meeting date after the meeting, or empty. */
  static Optional<LocalDate> in(List<String> texts, LocalDate meetingDate) {
    for (String text : texts) {
      if (!mayMention(text)) {
        continue;
      }
      Matcher mention = MENTION.matcher(text);
      if (!mention.find()) {
        continue;
      }
      String after = text.substring(mention.start());
      Optional<LocalDate> date = DueDateResolver.firstExplicitDate(after, meetingDate);
      if (date.isEmpty() && meetingDate != null && TOMORROW.matcher(after).find()) {
        date = Optional.of(meetingDate.plusDays(1));
      }
      if (date.isPresent() && (meetingDate == null || date.get().isAfter(meetingDate))) {
        return date;
      }
    }
    return Optional.empty();
  }

  private static boolean mayMention(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String word : MENTION_WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
