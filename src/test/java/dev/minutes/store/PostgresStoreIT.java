package dev.minutes.store;

import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/**
 * The store contract on a real PostgreSQL server: the one {@code .ci/run} starts and names in
 * {@code MINUTES_TEST_POSTGRES_URL}. Each test gets a schema of its own.
 */
class PostgresStoreIT extends StoreContract {
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
