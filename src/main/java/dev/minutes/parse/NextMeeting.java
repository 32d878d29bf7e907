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
   * Words every match of {@link #MENTION} and {@link #NEXT_WEEK} contains. The patterns test a word
   * boundary at each position of every text of the notes; a plain search for these words first
   * skips the many texts that cannot match ("meet" alone would let in every "meeting").
   */
  private static final List<String> MENTION_WORDS = List.of("next", "reconvene", "follow-up");

  private static final Pattern TOMORROW =
      Pattern.compile("\\btomorrow\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern NEXT_WEEK =
      Pattern.compile(
          "\\bmeet(?:ing)?\\s+(?:again\\s+)?next\\s+week\\b|\\bnext\\s+week[’']?s?\\s+meeting\\b",
          Pattern.CASE_INSENSITIVE);

  /** Longest text read as a "Next meeting" heading or label, whose date is the text under it. */
  private static final int HEADING_LENGTH = 40;

  private NextMeeting() {}

  /** The first stated next-meeting date after the meeting, or empty. */
  static Optional<LocalDate> in(List<String> texts, LocalDate meetingDate) {
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      if (!mayMention(text)) {
        continue;
      }
      Matcher mention = MENTION.matcher(text);
      if (!mention.find()) {
        Matcher nextWeek = NEXT_WEEK.matcher(text);
        if (meetingDate != null && nextWeek.find()) {
          // "a meeting next week (Tuesday, May 3, 2022)"; else the same weekday a week later.
          Optional<LocalDate> written =
              DueDateResolver.firstExplicitDate(text.substring(nextWeek.start()), meetingDate)
                  .filter(meetingDate::isBefore);
          return Optional.of(written.orElse(meetingDate.plusWeeks(1)));
        }
        continue;
      }
      String after = text.substring(mention.start());
      Optional<LocalDate> date = DueDateResolver.firstExplicitDate(after, meetingDate);
      if (date.isEmpty() && meetingDate != null && TOMORROW.matcher(after).find()) {
        date = Optional.of(meetingDate.plusDays(1));
      }
      if (date.isEmpty() && meetingDate != null && NEXT_WEEK.matcher(text).find()) {
        // "We will meet next week at this time": the same weekday a week later.
        date = Optional.of(meetingDate.plusWeeks(1));
      }
      if (date.isEmpty() && i + 1 < texts.size() && text.length() <= HEADING_LENGTH) {
        // A "Next meeting" heading or label: the date is the first thing under it.
        date = DueDateResolver.firstExplicitDate(texts.get(i + 1), meetingDate);
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
