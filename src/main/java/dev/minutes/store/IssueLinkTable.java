package dev.minutes.store;

import dev.minutes.items.IssueLink;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL of the issue_links and tracker_sync tables, kept apart from the item tables' code. */
final class IssueLinkTable {
  private static final String COLUMNS =
      "item_id, repo, number, url, pull_request, opened_by_us, state FROM issue_links";

  private IssueLinkTable() {}

  static void insert(Connection connection, IssueLink link, Instant at) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO issue_links (item_id, repo, number, url, pull_request, opened_by_us,"
                + " state, linked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (item_id) DO NOTHING")) {
      insert.setLong(1, link.itemId());
      insert.setString(2, link.repo());
      insert.setLong(3, link.number());
      insert.setString(4, link.url());
      insert.setInt(5, link.pullRequest() ? 1 : 0);
      insert.setInt(6, link.openedByUs() ? 1 : 0);
      insert.setString(7, link.state().name());
      insert.setLong(8, at.toEpochMilli());
      insert.executeUpdate();
    }
  }

  static void setState(Connection connection, long itemId, IssueLink.State state)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE issue_links SET state = ? WHERE item_id = ?")) {
      update.setString(1, state.name());
      update.setLong(2, itemId);
      update.executeUpdate();
    }
  }

  static Optional<IssueLink> find(Connection connection, long itemId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT " + COLUMNS + " WHERE item_id = ?")) {
      select.setLong(1, itemId);
      return collect(select).stream().findFirst();
    }
  }

  static List<IssueLink> all(Connection connection) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT " + COLUMNS + " ORDER BY item_id")) {
      return collect(select);
    }
  }

  static Optional<Instant> syncedUntil(Connection connection, String repo) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT synced_until FROM tracker_sync WHERE repo = ?")) {
      select.setString(1, repo);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(Instant.ofEpochMilli(row.getLong(1))) : Optional.empty();
      }
    }
  }

  static void setSyncedUntil(Connection connection, String repo, Instant until)
      throws SQLException {
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT INTO tracker_sync (repo, synced_until) VALUES (?, ?)"
                + " ON CONFLICT (repo) DO UPDATE SET synced_until = excluded.synced_until")) {
      upsert.setString(1, repo);
      upsert.setLong(2, until.toEpochMilli());
      upsert.executeUpdate();
    }
  }

  private static List<IssueLink> collect(PreparedStatement select) throws SQLException {
    List<IssueLink> links = new ArrayList<>();
    try (ResultSet row = select.executeQuery()) {
      while (row.next()) {
        links.add(
            new IssueLink(
                row.getLong(1),
                row.getString(2),
                row.getLong(3),
                row.getString(4),
                row.getInt(5) == 1,
                row.getInt(6) == 1,
                IssueLink.State.valueOf(row.getString(7))));
      }
    }
    return links;
  }
}
