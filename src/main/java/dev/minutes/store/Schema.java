package dev.minutes.store;

import dev.minutes.notes.MinutesException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Brings a store's schema to {@link #VERSION} with the Flyway scripts of db/migration, starting
 * Flyway only when the store is not there yet: its class-path scan and validation cost more than
 * most commands.
 */
final class Schema {
  /**
   * The version of the newest migration, the scripts under db/migration ({@code V17_2} → 17.2) and
   * {@link #JAVA_MIGRATIONS}, as Flyway writes it. Written here rather than found by a class-path
   * scan, which is what opening a store avoids; a test keeps the two equal.
   */
  static final String VERSION = "17.4";

  /** Migrations written in Java, for what SQL cannot compute the same way on both databases. */
  static final List<JavaMigration> JAVA_MIGRATIONS = List.of(new ItemOwnersMigration());

  private Schema() {}

  static void bringUpToDate(Database database) {
    if (!isCurrent(database)) {
      migrate(new ConnectionSource(database), database.describe());
    }
  }

  /**
   * True when Flyway's history says the last migration is {@link #VERSION} and succeeded: one
   * indexed read. Anything else (a new store, an older or a newer schema, a failed migration) goes
   * through Flyway, which migrates or says what is wrong.
   */
  private static boolean isCurrent(Database database) {
    try (PreparedStatement select =
            database
                .connection()
                .prepareStatement(
                    "SELECT version, success FROM flyway_schema_history"
                        + " ORDER BY installed_rank DESC LIMIT 1");
        ResultSet row = select.executeQuery()) {
      return row.next() && VERSION.equals(row.getString(1)) && row.getBoolean(2);
    } catch (SQLException e) {
      // No history table yet (a new store): Flyway creates it; or no connection: Flyway says
      // why. On PostgreSQL a failed read leaves nothing open: the connection is in auto-commit.
      return false;
    }
  }

  private static void migrate(DataSource connections, String store) {
    try {
      Flyway.configure()
          .dataSource(connections)
          .locations("classpath:db/migration")
          .javaMigrations(JAVA_MIGRATIONS.toArray(JavaMigration[]::new))
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new MinutesException(
          store,
          "cannot open or migrate the store: " + firstLine(e.getMessage()),
          "check store.url, that the database is reachable and that you may write to it");
    }
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
