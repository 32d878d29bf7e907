package dev.minutes.schedule;

import dev.minutes.store.Database;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** Two schedulers on one SQLite file (two processes on one machine). */
class SqliteSharedStoreSchedulersTest extends SharedStoreSchedulersContract {
  @TempDir Path folder;

  @Override
  Database database() {
    return Database.open("jdbc:sqlite:" + folder.resolve("minutes.db"), Map.of());
  }
}
