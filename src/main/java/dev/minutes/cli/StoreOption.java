package dev.minutes.cli;

import dev.minutes.config.Config;
import dev.minutes.items.Store;
import dev.minutes.store.Database;
import dev.minutes.store.JdbcStore;
import java.util.Map;
import picocli.CommandLine.Option;

/** The {@code --store URL} option shared by every command that reads or writes the store. */
final class StoreOption {
  static final String DEFAULT_URL = "jdbc:sqlite:data/minutes.db";

  @Option(
      names = "--store",
      paramLabel = "URL",
      description = "JDBC URL of the store (default: store.url, else " + DEFAULT_URL + ").")
  String url;

  /** Opens (creating and migrating when needed) the store this command should use. */
  Store open(Config config, Map<String, String> environment) {
    String chosen = url != null ? url : config.string("store.url", DEFAULT_URL);
    return new JdbcStore(Database.open(chosen, environment));
  }
}
