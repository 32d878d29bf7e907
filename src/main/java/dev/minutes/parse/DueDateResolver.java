package dev.minutes.parse;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the deadline an action item states or clearly implies and resolves it against the meeting
 * date: explicit dates after a deadline word ("no later than March 15, 2024", "by 2024-03-15"),
 * weekdays ("until Saturday" = the first Saturday after the meeting), "tomorrow", "this week" and
 * "end of the week" (that week's Friday), "next week" (the next week's Friday), "end of the month",
 * "in two weeks", and "by the next meeting" when the notes give its date. A date without a deadline
 * word belongs to an event ("the hackathon on Saturday, January 14") and is not a due date. No
 * library covers these English phrasings without guessing, so the rules live here.
 */
final class DueDateResolver {
  private static final String MONTHS =
      "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
  private static final String WEEKDAYS =
      "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun";
  private static final String DEADLINE =
      "(?:no\\s+lat(?:er|est)\\s+than|not\\s+later\\s+than|by|until|till|til|before|due(?:\\s+(?:on|by))?"
          + "|deadline(?:\\s+is)?:?|latest(?:\\s+on|\\s+by)?|on\\s+or\\s+before)";
  private static final String EXPLICIT =
      "(?:(?:"
          + WEEKDAYS
          + "),?\\s+)?(?:"
          + "(?<iso>\\d{4}-\\d{2}-\\d{2})"
          + "|(?<month1>"
          + MONTHS
          + ")\\.?\\s+(?<day1>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<year1>\\d{4}))?"
          + "|(?<day2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month2>"
          + MONTHS
          + ")\\.?(?:,?\\s+(?<year2>\\d{4}))?"
          + ")";
  private static final Pattern DEADLINE_DATE =
      Pattern.compile(
          "\\b" + DEADLINE + "\\s+(?:the\\s+)?" + EXPLICIT + "\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern EXPLICIT_DATE =
      Pattern.compile("\\b" + EXPLICIT + "\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DEADLINE_WEEKDAY =
      Pattern.compile(
          "\\b(?:"
              + DEADLINE
              + "|this|next)\\s+(?:this\\s+)?(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TOMORROW =
      Pattern.compile("\\btomorrow\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern THIS_WEEK =
      Pattern.compile(
          "\\b(?:this\\s+week|end\\s+of\\s+(?:the|this)\\s+week)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern NEXT_WEEK =
      Pattern.compile(
          "\\b(?:by|until|till|before|during|for|within)?\\s*(?:the\\s+)?next\\s+week\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern END_OF_MONTH =
      Pattern.compile(
          "\\b(?:end\\s+of\\s+(?:the|this)\\s+month|this\\s+month)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern TODAY =
      Pattern.compile("\\btoday\\b(?!['’]s)", Pattern.CASE_INSENSITIVE);
  private static final Pattern IN_PERIOD =
      Pattern.compile(
          "\\b(?:in|within)\\s+(?<count>\\d+|a|one|two|three|four|five|six)\\s+(?<unit>days?|weeks?)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NEXT_MEETING =
      Pattern.compile(
          "\\b(?:by|until|till|before|for|in)\\s+(?:the\\s+)?next\\s+(?:\\w+\\s+)?(?:meeting|call|sync)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Map<String, Integer> NUMBERS =
      Map.of("a", 1, "one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6);

  private static final Pattern DEADLINE_WORDS =
      Pattern.compile(
          "\\b(?:no\\s+lat(?:er|est)\\s+than|not\\s+later\\s+than|deadline|due\\s+(?:on|by|date))\\b",
          Pattern.CASE_INSENSITIVE);

  private DueDateResolver() {}

  /** True when the text speaks of a deadline ("no later than", "deadline", "due by"). */
  static boolean mentionsDeadline(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    boolean mayMention =
        lower.contains("than") || lower.contains("deadline") || lower.contains("due");
    return mayMention && DEADLINE_WORDS.matcher(text).find();
  }

  /**
   * The deadline the text states, or empty.
   *
   * @param meetingDate the meeting's local date; relative phrases need it (empty without it)
   * @param nextMeeting the next meeting's date when the notes state it, else null
   */
  static Optional<LocalDate> resolve(String text, LocalDate meetingDate, LocalDate nextMeeting) {
    // Each rule runs only on texts with the digit or word its pattern needs (weekday names all end
    // in "day"): the patterns test a word boundary at every position, and most items state no date.
    String lower = text.toLowerCase(Locale.ROOT);
    if (hasDigit(text) && mayHaveDeadlineWord(lower)) {
      Matcher explicit = DEADLINE_DATE.matcher(text);
      Optional<LocalDate> date =
          explicit.find() ? explicitDate(explicit, meetingDate) : Optional.empty();
      if (date.isPresent()) {
        return date;
      }
    }
    if (meetingDate == null) {
      return Optional.empty();
    }
    Matcher weekday = DEADLINE_WEEKDAY.matcher(text);
    if (lower.contains("day") && weekday.find()) {
      DayOfWeek day = DayOfWeek.valueOf(weekday.group("weekday").toUpperCase(Locale.ROOT));
      LocalDate date = meetingDate.with(TemporalAdjusters.next(day));
      if (weekday.group().toLowerCase(Locale.ROOT).startsWith("next")) {
        date =
            meetingDate
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .with(TemporalAdjusters.nextOrSame(day));
      }
      return Optional.of(date);
    }
    if (lower.contains("today") && TODAY.matcher(text).find()) {
      return Optional.of(meetingDate); // "Send text to MD after call today."
    }
    if (lower.contains("tomorrow") && TOMORROW.matcher(text).find()) {
      return Optional.of(meetingDate.plusDays(1));
    }
    boolean week = lower.contains("week");
    if (week && THIS_WEEK.matcher(text).find()) {
      return Optional.of(fridayOf(meetingDate));
    }
    if (week && NEXT_WEEK.matcher(text).find()) {
      LocalDate friday = fridayOf(meetingDate.plusWeeks(1));
      // When the notes meet again next week, "next week" is that meeting, whose date is no
      // deadline ("Will review the times next week"), as "by the next meeting" is not.
      boolean meetsNextWeek = nextMeeting != null && fridayOf(nextMeeting).equals(friday);
      return meetsNextWeek ? Optional.empty() : Optional.of(friday);
    }
    if (lower.contains("month") && END_OF_MONTH.matcher(text).find()) {
      return Optional.of(meetingDate.with(TemporalAdjusters.lastDayOfMonth()));
    }
    Matcher period = IN_PERIOD.matcher(text);
    if ((week || lower.contains("day")) && period.find()) {
      String count = period.group("count").toLowerCase(Locale.ROOT);
      int n = NUMBERS.containsKey(count) ? NUMBERS.get(count) : Integer.parseInt(count);
      boolean weeks = period.group("unit").toLowerCase(Locale.ROOT).startsWith("week");
      return Optional.of(weeks ? meetingDate.plusWeeks(n) : meetingDate.plusDays(n));
    }
    if (nextMeeting != null && lower.contains("next") && NEXT_MEETING.matcher(text).find()) {
      return Optional.of(nextMeeting);
    }
    return Optional.empty();
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * False when no {@link #DEADLINE} phrase can be in the text: each one contains "by", "til",
   * "before", "due", "deadline" or "lat".
   */
  private static boolean mayHaveDeadlineWord(String lower) {
    return lower.contains("by")
        || lower.contains("til")
        || lower.contains("before")
        || lower.contains("due")
        || lower.contains("deadline")
        || lower.contains("lat");
  }

  /** Friday of the week that holds the date (a meeting on Saturday or Sunday: that past Friday). */
  private static LocalDate fridayOf(LocalDate date) {
    return date.with(DayOfWeek.MONDAY).plusDays(4);
  }

  /**
   * The first explicit calendar date in the text, in any of the forms notes use, or empty. Without
   * a year, the date is the first one on or after the meeting.
   */
  static Optional<LocalDate> firstExplicitDate(String text, LocalDate meetingDate) {
    Matcher matcher = EXPLICIT_DATE.matcher(text);
    while (matcher.find()) {
      Optional<LocalDate> date = explicitDate(matcher, meetingDate);
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> explicitDate(Matcher m, LocalDate meetingDate) {
    try {
      if (m.group("iso") != null) {
        return Optional.of(LocalDate.parse(m.group("iso")));
      }
      String monthText = m.group("month1") != null ? m.group("month1") : m.group("month2");
      String dayText = m.group("day1") != null ? m.group("day1") : m.group("day2");
      String yearText = m.group("year1") != null ? m.group("year1") : m.group("year2");
      Month month = month(monthText);
      int day = Integer.parseInt(dayText);
      if (yearText != null) {
        return Optional.of(LocalDate.of(Integer.parseInt(yearText), month, day));
      }
      if (meetingDate == null) {
        return Optional.empty();
      }
      LocalDate date = LocalDate.of(meetingDate.getYear(), month, day);
      return Optional.of(date.isBefore(meetingDate) ? date.plusYears(1) : date);
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Month month(String text) {
    String prefix = text.toLowerCase(Locale.ROOT).substring(0, 3);
    for (Month month : Month.values()) {
      if (month.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
        return month;
      }
    }
    throw new DateTimeException("not a month: " + text);
  }
}
