package dev.minutes.cli;

import dev.minutes.config.Config;
import dev.minutes.ingest.IngestLimits;
import dev.minutes.parse.ParseVocabulary;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The whole configuration, typed: every key read and validated once, before a command runs ({@link
 * Main#settings()}), then handed out in small immutable parts. The defaults are those of {@link
 * dev.minutes.config.ConfigKeys#DEFAULTS}. Secrets are not part of it: {@link #secrets()} reads a
 * token only when a command connects.
 *
 * @param store {@code store.url}
 * @param peopleFile {@code people.file}, resolved against the configuration file's folder
 */
record Settings(
    StoreSettings store,
    Optional<Path> peopleFile,
    NotesSettings notes,
    GitHubConfig github,
    DiscordConfig discord,
    ScheduleSettings schedule,
    IngestLimits ingest,
    ParseVocabulary parse,
    SecretSource secrets) {

  /** Reads every key of {@code config}; the first invalid value is a {@code ConfigException}. */
  static Settings read(Config config) {
    return new Settings(
        new StoreSettings(config.string("store.url"), config.fromEnvironment("store.url")),
        config.optional("people.file").map(config::resolve),
        NotesSettings.read(config),
        GitHubConfig.read(config),
        DiscordConfig.read(config),
        ScheduleSettings.from(config),
        IngestSettings.limits(config),
        ParserSettings.vocabulary(config),
        config::secret);
  }

  /**
   * @param url the JDBC URL as configured (or the default)
   * @param fromEnvironment set by {@code MINUTES_STORE_URL}: a relative SQLite path then stays
   *     relative to the working folder, as any path given on a command line
   */
  record StoreSettings(String url, boolean fromEnvironment) {}

  /** Reads a secret from an environment variable, else from the file a config key names. */
  @FunctionalInterface
  interface SecretSource {
    Optional<String> secret(String variable, String fileKey);
  }
}
