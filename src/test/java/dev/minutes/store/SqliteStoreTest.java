package dev.minutes.store;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a real SQLite file, the embedded default. */
class SqliteStoreTest extends StoreContract {
  @TempDir Path folder;

  @Override
  Database database() {
    return Database.open("jdbc:sqlite:" + folder.resolve("data/minutes.db"), Map.of());
  }
}
