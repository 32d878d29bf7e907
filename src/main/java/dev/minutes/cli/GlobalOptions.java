package dev.minutes.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options every command takes, declared once (a mixin of {@link Main}) and accepted anywhere on
 * the command line: before the command name or after it.
 */
final class GlobalOptions {
  static final String CONFIG = "--config";
  static final String STORE = "--store";
  static final String PEOPLE = "--people";
  static final String NO_PAGER = "--no-pager";

  /** The global options that take a value, and those that do not: what may precede a command. */
  static final List<String> WITH_VALUE = List.of(CONFIG, STORE, PEOPLE);

  static final List<String> FLAGS = List.of(LogLevels.VERBOSE, LogLevels.QUIET, NO_PAGER);

  @Option(
      names = CONFIG,
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description =
          "Configuration file (default: MINUTES_CONFIG, else ./bot-config.properties, else the"
              + " notes repository's, else $XDG_CONFIG_HOME/minutes/; none means defaults).")
  Path configFile;

  @Option(
      names = STORE,
      paramLabel = "URL",
      scope = ScopeType.INHERIT,
      description =
          "JDBC URL of the store (default: store.url, else an SQLite file data/minutes.db next to"
              + " the configuration).")
  String storeUrl;

  @Option(
      names = PEOPLE,
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description =
          "People directory (default: people.file, else notes/people.yaml when it exists).")
  Path peopleFile;

  @Option(
      names = LogLevels.VERBOSE,
      scope = ScopeType.INHERIT,
      description =
          "Log at debug level too (the configuration read, the exit code), with the stack trace"
              + " behind an error's one line.")
  boolean verbose;

  @Option(
      names = LogLevels.QUIET,
      scope = ScopeType.INHERIT,
      description = "Log warnings and errors only, and show no progress line.")
  boolean quiet;

  @Option(
      names = NO_PAGER,
      scope = ScopeType.INHERIT,
      description = "Never page a long listing (see MINUTES_PAGER in the README).")
  boolean noPager;
}
