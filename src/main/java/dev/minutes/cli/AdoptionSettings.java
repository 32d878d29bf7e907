package dev.minutes.cli;

import dev.minutes.config.Config;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** The {@code notes.since} key: the date before which meetings go in as history. */
final class AdoptionSettings {
  private AdoptionSettings() {}

  static Optional<LocalDate> since(Config config) {
    if (config.optional("notes.since").isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        config.parsed("notes.since", null, AdoptionSettings::date, "a date such as 2024-09-01"));
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
