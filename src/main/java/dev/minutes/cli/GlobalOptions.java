package dev.minutes.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options every command takes, declared once (a mixin of {@link Main}) and accepted anywhere on
 * the command line: before the command name or after it.
 */
final class GlobalOptions {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description =
          "Configuration file (default: MINUTES_CONFIG, else ./bot-config.properties, else the"
              + " notes repository's, else $XDG_CONFIG_HOME/minutes/; none means defaults).")
  Path configFile;

  @Option(
      names = "--store",
      paramLabel = "URL",
      scope = ScopeType.INHERIT,
      description =
          "JDBC URL of the store (default: store.url, else an SQLite file data/minutes.db next to"
              + " the configuration).")
  String storeUrl;

  @Option(
      names = "--people",
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
      names = "--no-pager",
      scope = ScopeType.INHERIT,
      description = "Never page a long listing (see MINUTES_PAGER in the README).")
  boolean noPager;
}
