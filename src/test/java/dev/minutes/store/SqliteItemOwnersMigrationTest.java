package dev.minutes.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Migration 17.4 on an SQLite file. */
class SqliteItemOwnersMigrationTest extends ItemOwnersMigrationContract {
  @TempDir Path folder;

  @Override
  String freshUrl() {
    return "jdbc:sqlite:" + folder.resolve("minutes.db");
  }
}
