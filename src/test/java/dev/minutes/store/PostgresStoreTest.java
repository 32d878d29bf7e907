package dev.minutes.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * The store contract on a real PostgreSQL server: the one {@code .ci/run} starts and names in
 * {@code MINUTES_TEST_POSTGRES_URL}. Each test gets a schema of its own.
 */
class PostgresStoreTest extends StoreContract {
  static final String URL_VARIABLE = "MINUTES_TEST_POSTGRES_URL";

  private String url;

  @BeforeEach
  void freshSchema() throws SQLException {
    String server = System.getenv(URL_VARIABLE);
    assumeTrue(
        server != null && !server.isBlank(),
        URL_VARIABLE
            + " is not set: PostgreSQL variant skipped (.ci/run starts a server and sets it)");
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
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
