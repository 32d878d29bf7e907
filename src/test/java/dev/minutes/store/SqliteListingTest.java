package dev.minutes.store;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** Listing order, groups and limits on a real SQLite file. */
class SqliteListingTest extends ItemListingContract {
  @TempDir Path folder;

  @Override
  Database database() {
    return Database.open("jdbc:sqlite:" + folder.resolve("minutes.db"), Map.of());
  }
}
