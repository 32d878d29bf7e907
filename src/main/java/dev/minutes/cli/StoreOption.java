package dev.minutes.cli;

import dev.minutes.items.Store;
import dev.minutes.notes.MinutesException;
import dev.minutes.store.Database;
import dev.minutes.store.JdbcStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The store a command uses: {@code --store URL} (accepted anywhere on the command line, see {@link
 * Main}), else {@code store.url}, else an SQLite file next to the configuration. A relative SQLite
 * path in the configuration file resolves against the file's folder, so the same store is found
 * from any folder.
 */
final class StoreOption {
  private static final String SQLITE = "jdbc:sqlite:";

  /** Opens (creating and migrating when needed) the store; for commands that write. */
  Store open(Main main) {
    return new JdbcStore(Database.open(url(main), main.environment()));
  }

  /**
   * Opens the store for a command that only reads: an SQLite store that does not exist is an error
   * ("run minutes ingest first"), never created.
   */
  Store openExisting(Main main) {
    String url = url(main);
    Optional<Path> file = sqliteFile(url);
    if (file.isPresent() && !Files.isRegularFile(file.get())) {
      throw new MinutesException(
          null,
          "no store at " + file.get().toAbsolutePath() + ": run minutes ingest first",
          main.configLocation().describe());
    }
    return new JdbcStore(Database.open(url, main.environment()));
  }

  static String url(Main main) {
    if (main.storeUrl() != null) {
      return main.storeUrl();
    }
    Settings.StoreSettings configured = main.settings().store();
    String url = configured.url();
    Optional<Path> file = sqliteFile(url);
    if (file.isEmpty() || file.get().isAbsolute() || configured.fromEnvironment()) {
      return url;
    }
    // From the configuration file (or the default next to it): relative to the file's folder.
    return SQLITE + main.configLocation().folder().resolve(file.get()) + query(url);
  }

  /** The file of an SQLite URL, without its query; empty for other stores and in-memory ones. */
  private static Optional<Path> sqliteFile(String url) {
    if (!url.startsWith(SQLITE)) {
      return Optional.empty();
    }
    String location = url.substring(SQLITE.length());
    int query = location.indexOf('?');
    if (query >= 0) {
      location = location.substring(0, query);
    }
    if (location.isEmpty() || location.startsWith(":memory:") || location.startsWith("file:")) {
      return Optional.empty();
    }
    return Optional.of(Path.of(location));
  }

  private static String query(String url) {
    int query = url.indexOf('?');
    return query < 0 ? "" : url.substring(query);
  }
}
