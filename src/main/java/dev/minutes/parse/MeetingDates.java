package dev.minutes.parse;

import dev.minutes.notes.Diagnostic;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a meeting was: the front matter's {@code datetime}, else its {@code date} (or HackMD's),
 * else a date in the file name, else a year folder with a month-day name (OUTPUT.md).
 */
final class MeetingDates {
  private static final Pattern FILE_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern FIRST_SPACE = Pattern.compile(" ");

  /** The date-time form the notes template writes: {@code 2024-03-04T16:00:00+02:00}. */
  private static final Pattern TEMPLATE_DATETIME =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})([+-])(\\d{2}):(\\d{2})");

  private MeetingDates() {}

  static OffsetDateTime datetime(
      FrontMatter front, List<String> lines, List<Diagnostic> diagnostics) {
    String written = front.string("datetime");
    if (written == null) {
      return null;
    }
    try {
      return isoDateTime(FIRST_SPACE.matcher(written).replaceFirst("T"));
    } catch (DateTimeParseException e) {
      diagnostics.add(
          Diagnostic.warning(
              "invalid-datetime",
              "front-matter datetime '" + written + "' is not an ISO-8601 date-time with offset",
              keyLine(lines, front, "datetime"),
              1));
      return null;
    }
  }

  /**
   * An ISO-8601 date-time with offset. {@code OffsetDateTime.parse} runs the general formatter,
   * which costs more than the rest of the front matter; the template's own form is read field by
   * field instead. Fields that make no valid date-time go to the formatter, whose exception says
   * what is wrong.
   */
  private static OffsetDateTime isoDateTime(String text) {
    Matcher fields = TEMPLATE_DATETIME.matcher(text);
    if (fields.matches()) {
      int sign = fields.group(7).equals("-") ? -1 : 1;
      try {
        return OffsetDateTime.of(
            number(fields, 1),
            number(fields, 2),
            number(fields, 3),
            number(fields, 4),
            number(fields, 5),
            number(fields, 6),
            0,
            ZoneOffset.ofHoursMinutes(sign * number(fields, 8), sign * number(fields, 9)));
      } catch (DateTimeException e) {
        return OffsetDateTime.parse(text); // throws, with the formatter's account of the problem
      }
    }
    return OffsetDateTime.parse(text);
  }

  private static int number(Matcher fields, int group) {
    return Integer.parseInt(fields.group(group));
  }

  /** The meeting's date from front matter or path; null when neither gives one. */
  static LocalDate meetingDate(
      String source, FrontMatter front, HackMdHabits.Found hackmd, OffsetDateTime datetime) {
    if (datetime != null) {
      return datetime.toLocalDate();
    }
    String written = front.string("date") != null ? front.string("date") : hackmd.date();
    if (written != null) {
      Optional<LocalDate> date = DueDateResolver.firstExplicitDate(written, null);
      if (date.isPresent()) {
        return date.get();
      }
    }
    LocalDate named = fileDate(source);
    return named != null ? named : MeetingFacts.folderDate(source).orElse(null);
  }

  /** The first valid {@code YYYY-MM-DD} in the file's name, or null. */
  static LocalDate fileDate(String source) {
    String name = source.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    Matcher matcher = FILE_DATE.matcher(name);
    while (matcher.find()) {
      try {
        return LocalDate.parse(matcher.group());
      } catch (DateTimeParseException e) {
        continue;
      }
    }
    return null;
  }

  private static int keyLine(List<String> lines, FrontMatter front, String key) {
    for (int i = 0; i < front.bodyStart(); i++) {
      if (lines.get(i).strip().startsWith(key + ":")) {
        return i + 1;
      }
    }
    return 1;
  }
}
