package dev.minutes.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads dates and numbers on the command line and says which format is expected when one cannot be
 * read, instead of picocli's default messages (which name Java classes and types, and quote the
 * parser's exception).
 */
final class ArgumentTypes {
  static final String DATE_FORMAT = "YYYY-MM-DD, e.g. 2024-03-04";
  static final String DATE_TIME_FORMAT = "YYYY-MM-DDTHH:MM, e.g. 2024-03-04T09:00";

  private ArgumentTypes() {}

  static void register(CommandLine commandLine) {
    commandLine.registerConverter(LocalDate.class, ArgumentTypes::date);
    commandLine.registerConverter(LocalDateTime.class, ArgumentTypes::dateTime);
    commandLine.registerConverter(Long.class, text -> number(text, Long::valueOf));
    commandLine.registerConverter(Long.TYPE, text -> number(text, Long::valueOf));
    commandLine.registerConverter(Integer.class, text -> number(text, Integer::valueOf));
    commandLine.registerConverter(Integer.TYPE, text -> number(text, Integer::valueOf));
  }

  private static <T> T number(String text, Function<String, T> parse) {
    try {
      return parse.apply(text.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + text + "' is not a whole number");
    }
  }

  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + text + "' is not a date: expected " + DATE_FORMAT);
    }
  }

  static LocalDateTime dateTime(String text) {
    try {
      return LocalDateTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'" + text + "' is not a date and time: expected " + DATE_TIME_FORMAT);
    }
  }
}
