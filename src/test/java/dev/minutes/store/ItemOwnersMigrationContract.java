package dev.minutes.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.items.ItemFilter;
import dev.minutes.items.TrackedItem;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A store made before item_owners gets the table filled from the items it has, on SQLite and on
 * PostgreSQL (the subclasses): the Java migration 17.4 runs on both.
 */
abstract class ItemOwnersMigrationContract {
  /** A JDBC URL of a fresh, empty database. */
  abstract String freshUrl() throws SQLException;

  @Test
  void migratingAStoreWithItemsFillsTheirOwnerKeys() throws SQLException {
    String url = freshUrl();
    Flyway.configure()
        .dataSource(url, null, null)
        .locations("classpath:db/migration")
        .target("17.3")
        .load()
        .migrate();
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "INSERT INTO meetings (id, source, content_hash, teams, participants, agenda, decisions,"
              + " ingested_at, updated_at) VALUES (1, 'a.md', 'h', '[]', '[]', '[]', '[]', 0, 0)");
      statement.executeUpdate(
          "INSERT INTO items (id, meeting_id, item_key, text, owners, refs, line, status,"
              + " created_at, status_changed_at) VALUES"
              + " (1, 1, 'k1', 'One', '[{\"token\":\"DA\",\"person\":\"Dragoș\"}]', '[]', 1,"
              + " 'OPEN', 0, 0),"
              + " (2, 1, 'k2', 'Two', '[{\"token\":\"RD\",\"person\":null},"
              + "{\"token\":\"rd\",\"person\":null}]', '[]', 2, 'DONE', 0, 0),"
              + " (3, 1, 'k3', 'Three', '[]', '[]', 3, 'OPEN', 0, 0)");
    }

    try (Database database = Database.open(url, Map.of())) {
      JdbcStore store = new JdbcStore(database);
      assertThat(texts(store, "DRAGOȘ")).containsExactly("One");
      assertThat(texts(store, "da")).containsExactly("One");
      assertThat(texts(store, "Rd")).containsExactly("Two");
    }
    assertThat(ownerRows(url)).containsExactly("da 1", "dragoș 1", "rd 2");
  }

  private static List<String> texts(JdbcStore store, String owner) {
    return store.items(new ItemFilter(Set.of(), Set.of(owner), null, null)).stream()
        .map(TrackedItem::text)
        .toList();
  }

  private static List<String> ownerRows(String url) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT owner_key, item_id FROM item_owners ORDER BY item_id, owner_key")) {
      while (row.next()) {
        rows.add(row.getString(1) + " " + row.getLong(2));
      }
    }
    return rows;
  }
}
