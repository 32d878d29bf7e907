package dev.minutes.schedule;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.minutes.store.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * Two schedulers on one PostgreSQL store, as two bot replicas would run: the server {@code .ci/run}
 * starts and names in {@code MINUTES_TEST_POSTGRES_URL}; skipped visibly without it.
 */
class PostgresSharedStoreSchedulersTest extends SharedStoreSchedulersContract {
  static final String URL_VARIABLE = "MINUTES_TEST_POSTGRES_URL";

  private String url;

  @BeforeEach
  void freshSchema() throws SQLException {
    String server = System.getenv(URL_VARIABLE);
    assumeTrue(
        server != null && !server.isBlank(),
        URL_VARIABLE
            + " is not set: PostgreSQL variant skipped (.ci/run starts a server and sets it)");
    String schema = "s_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection connection = DriverManager.getConnection(server);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    }
    url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  @Override
  Database database() {
    return Database.open(url, Map.of());
  }
}
