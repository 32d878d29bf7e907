package dev.minutes.schedule;

import dev.minutes.store.Database;
import dev.minutes.store.PostgresTestSchema;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/**
 * Two schedulers on one PostgreSQL store, as two bot replicas would run: a schema of its own on the
 * server named by {@code MINUTES_TEST_POSTGRES_URL}; skipped visibly without it.
 */
class PostgresSharedStoreSchedulersIT extends SharedStoreSchedulersContract {
  private String url;

  @BeforeEach
  void freshSchema() throws SQLException {
    url = PostgresTestSchema.freshUrl();
  }

  @Override
  Database database() {
    return Database.open(url, Map.of());
  }
}
