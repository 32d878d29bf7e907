package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which log levels a command line asks for, read before picocli parses it. */
class LogLevelsTest {
  private static final String MINUTES_LEVEL = "org.slf4j.simpleLogger.log.dev.minutes";

  @Test
  void verboseAndQuietCountWhereverTheyAreGiven() {
    assertThat(LogLevels.levels(new String[] {"--verbose", "todos"}))
        .containsEntry(MINUTES_LEVEL, "debug");
    assertThat(LogLevels.levels(new String[] {"todos", "--owner", "RD", "--verbose"}))
        .containsEntry(MINUTES_LEVEL, "debug");
    assertThat(LogLevels.levels(new String[] {"ingest", "--quiet", "notes"}))
        .containsEntry(MINUTES_LEVEL, "warn")
        .containsEntry("org.slf4j.simpleLogger.defaultLogLevel", "warn");
  }

  @Test
  void withoutEitherOptionTheConfiguredLevelsStand() {
    assertThat(LogLevels.levels(new String[] {"todos", "--owner", "quiet"})).isEmpty();
  }

  @Test
  void verboseWinsAndWordsAfterTheEndOfOptionsAreValues() {
    assertThat(LogLevels.levels(new String[] {"--quiet", "todos", "--verbose"}))
        .containsEntry(MINUTES_LEVEL, "debug");
    assertThat(LogLevels.levels(new String[] {"parse", "--", "--verbose"})).isEmpty();
  }
}
