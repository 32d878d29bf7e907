package dev.minutes.cli;

import java.util.Map;

/**
 * {@code --verbose} and {@code --quiet}, applied to the log before anything logs. slf4j-simple
 * fixes a logger's level when the logger is made, mostly as its class loads, so the levels come
 * from a scan of the raw arguments at the very start of {@link Main#main}, as system properties;
 * picocli parses the same options later for help and for the progress line.
 */
final class LogLevels {
  static final String VERBOSE = "--verbose";
  static final String QUIET = "--quiet";
  private static final String PREFIX = "org.slf4j.simpleLogger.";

  /** Minutes at debug and the libraries at info; {@code --verbose} wins over {@code --quiet}. */
  private static final Map<String, String> VERBOSE_LEVELS =
      Map.of(PREFIX + "log.dev.minutes", "debug", PREFIX + "defaultLogLevel", "info");

  /** Warnings and errors only, of Minutes and of the libraries. */
  private static final Map<String, String> QUIET_LEVELS =
      Map.of(
          PREFIX + "log.dev.minutes", "warn",
          PREFIX + "log.net.dv8tion", "warn",
          PREFIX + "defaultLogLevel", "warn");

  private LogLevels() {}

  /**
   * Sets the log levels the arguments ask for; a level set with {@code -D} (MINUTES_JAVA_OPTS) is
   * kept.
   */
  static void fromArguments(String[] args) {
    levels(args)
        .forEach(
            (property, level) -> {
              if (System.getProperty(property) == null) {
                System.setProperty(property, level);
              }
            });
  }

  /**
   * The slf4j-simple properties {@code args} ask for; none without either option. Arguments after
   * {@code --} are values, never options.
   */
  static Map<String, String> levels(String[] args) {
    boolean verbose = false;
    boolean quiet = false;
    for (String arg : args) {
      if (arg.equals("--")) {
        break;
      }
      verbose |= arg.equals(VERBOSE);
      quiet |= arg.equals(QUIET);
    }
    return verbose ? VERBOSE_LEVELS : quiet ? QUIET_LEVELS : Map.of();
  }
}
