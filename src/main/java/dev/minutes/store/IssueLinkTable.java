package dev.minutes.store;

import dev.minutes.items.IssueLink;
import dev.minutes.items.WrittenIssue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL of the issue_links and tracker_sync tables, kept apart from the item tables' code. */
final class IssueLinkTable {
  private static final String COLUMNS =
      "item_id, repo, number, url, pull_request, opened_by_us, state FROM issue_links";

  private static final int IDS_PER_QUERY = 500;

  private IssueLinkTable() {}

  static void insert(Connection connection, IssueLink link, Instant at) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO issue_links (item_id, repo, number, url, pull_request, opened_by_us,"
                + " state, linked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (item_id, repo, number) DO NOTHING")) {
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

  static void setWritten(Connection connection, IssueLink link, WrittenIssue written)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE issue_links SET written_title = ?, written_body = ?, written_assignees = ?"
                + " WHERE item_id = ? AND repo = ? AND number = ?")) {
      update.setString(1, written.title());
      update.setString(2, written.body());
      update.setString(3, JsonColumns.write(written.assignees()));
      update.setLong(4, link.itemId());
      update.setString(5, link.repo());
      update.setLong(6, link.number());
      update.executeUpdate();
    }
  }

  static Optional<WrittenIssue> written(Connection connection, IssueLink link) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT written_title, written_body, written_assignees FROM issue_links"
                + " WHERE item_id = ? AND repo = ? AND number = ?")) {
      select.setLong(1, link.itemId());
      select.setString(2, link.repo());
      select.setLong(3, link.number());
      try (ResultSet row = select.executeQuery()) {
        if (!row.next() || row.getString(3) == null) {
          return Optional.empty();
        }
        return Optional.of(
            new WrittenIssue(
                row.getString(1), row.getString(2), JsonColumns.strings(row.getString(3))));
      }
    }
  }

  static void setState(Connection connection, IssueLink link, IssueLink.State state)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE issue_links SET state = ? WHERE item_id = ? AND repo = ? AND number = ?")) {
      update.setString(1, state.name());
      update.setLong(2, link.itemId());
      update.setString(3, link.repo());
      update.setLong(4, link.number());
      update.executeUpdate();
    }
  }

  /** An item's links: the issue Minutes opened first, then the others in the order linked. */
  static List<IssueLink> of(Connection connection, long itemId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT " + COLUMNS + " WHERE item_id = ? ORDER BY opened_by_us DESC, linked_at")) {
      select.setLong(1, itemId);
      return collect(select);
    }
  }

  /**
   * The main link's URL of each item (ordered as {@link #of}), in one query per {@value
   * #IDS_PER_QUERY} ids so the statement stays within every driver's limit on parameters.
   */
  static Map<Long, String> mainUrls(Connection connection, Collection<Long> itemIds)
      throws SQLException {
    List<Long> ids = List.copyOf(new LinkedHashSet<>(itemIds));
    Map<Long, String> urls = new HashMap<>();
    for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
      String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement select =
          connection.prepareStatement(
              "SELECT item_id, url FROM issue_links WHERE item_id IN ("
                  + marks
                  + ") ORDER BY item_id, opened_by_us DESC, linked_at")) {
        for (int i = 0; i < chunk.size(); i++) {
          select.setLong(i + 1, chunk.get(i));
        }
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            urls.putIfAbsent(row.getLong(1), row.getString(2)); // the first row is the main link
          }
        }
      }
    }
    return urls;
  }

  static List<IssueLink> all(Connection connection) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT " + COLUMNS + " ORDER BY item_id, opened_by_us DESC, linked_at")) {
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
