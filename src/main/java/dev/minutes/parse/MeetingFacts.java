package dev.minutes.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title and date of notes without front matter (OUTPUT.md): the first level-1 heading; the date
 * from a year folder and a {@code MM-DD} name ({@code main/2018/CG-03-06.md}), else the first date
 * written near the top of the body ({@code **When**: July 12}, the year then from the path).
 */
final class MeetingFacts {
  /** How many blocks from the top of the body may hold the meeting date. */
  private static final int DATE_BLOCKS = 12;

  private static final Pattern YEAR_FOLDER = Pattern.compile("^((?:19|20)\\d\\d)(?:-\\d\\d)?$");
  private static final Pattern MONTH_DAY = Pattern.compile("(?<!\\d)(\\d{2})-(\\d{2})(?!\\d)");

  private MeetingFacts() {}

  /** The text of the first level-1 heading, or null. */
  static String firstH1(List<Block> blocks) {
    for (Block block : blocks) {
      if (block.kind() == Block.Kind.HEADING && block.level() == 1 && !block.text().isBlank()) {
        return HeadingVocabulary.display(block.text());
      }
    }
    return null;
  }

  /** The year of the innermost folder named like {@code 2018} or {@code 2014-01}, or null. */
  static Integer pathYear(String source) {
    String[] parts = source.replace('\\', '/').split("/");
    for (int i = parts.length - 2; i >= 0; i--) {
      Matcher year = YEAR_FOLDER.matcher(parts[i]);
      if (year.matches()) {
        return Integer.parseInt(year.group(1));
      }
    }
    return null;
  }

  /** A {@code MM-DD} file name under a year folder: {@code 2018/CG-03-06.md}. */
  static Optional<LocalDate> folderDate(String source) {
    Integer year = pathYear(source);
    if (year == null) {
      return Optional.empty();
    }
    String name = source.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    Matcher monthDay = MONTH_DAY.matcher(name);
    while (monthDay.find()) {
      try {
        return Optional.of(
            LocalDate.of(
                year, Integer.parseInt(monthDay.group(1)), Integer.parseInt(monthDay.group(2))));
      } catch (DateTimeException e) {
        continue;
      }
    }
    return Optional.empty();
  }

  /**
   * The first date written in the top blocks of the body; a day without a year takes {@code year}.
   */
  static Optional<LocalDate> bodyDate(List<Block> blocks, Integer year) {
    LocalDate reference = year == null ? null : LocalDate.of(year, 1, 1);
    for (int i = 0; i < Math.min(DATE_BLOCKS, blocks.size()); i++) {
      Optional<LocalDate> date = DueDateResolver.firstExplicitDate(blocks.get(i).text(), reference);
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }
}
