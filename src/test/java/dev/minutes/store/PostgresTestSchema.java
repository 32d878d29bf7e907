package dev.minutes.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A schema of its own on the PostgreSQL server {@code .ci/run} starts and names in {@code
 * MINUTES_TEST_POSTGRES_URL}; the calling test is skipped, visibly, when the variable is unset.
 */
public final class PostgresTestSchema {
  public static final String URL_VARIABLE = "MINUTES_TEST_POSTGRES_URL";

  private PostgresTestSchema() {}

  /** Creates a fresh schema and returns a JDBC URL that uses it. */
  public static String freshUrl() throws SQLException {
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
    return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }
}
