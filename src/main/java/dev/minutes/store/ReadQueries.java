package dev.minutes.store;

import dev.minutes.items.MeetingItems;
import dev.minutes.items.NewItem;
import dev.minutes.items.TrackedItem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads whose cost must not grow with the store: one meeting's items with their main links (as
 * {@code IssueLinks.issueLink}: the issue Minutes opened, else the first linked), a page of the
 * outbox's new items, the outbox's ends. Each is one query on an indexed range.
 */
final class ReadQueries {
  private ReadQueries() {}

  static MeetingItems meetingItems(Connection connection, long meetingId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT "
                + Rows.ITEM_COLUMNS
                + ", l.url"
                + Rows.ITEM_FROM
                + " LEFT JOIN issue_links l ON l.item_id = i.id"
                + " WHERE i.meeting_id = ? ORDER BY i.id, l.opened_by_us DESC, l.linked_at")) {
      select.setLong(1, meetingId);
      List<TrackedItem> items = new ArrayList<>();
      Map<Long, String> issueUrls = new HashMap<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          long itemId = row.getLong(1); // i.id, the first of Rows.ITEM_COLUMNS
          if (!items.isEmpty() && items.get(items.size() - 1).id() == itemId) {
            continue; // a further link of the same item: the first row holds its main link
          }
          items.add(Rows.item(row));
          String url = row.getString(Rows.ITEM_COLUMN_COUNT + 1);
          if (url != null) {
            issueUrls.put(itemId, url);
          }
        }
      }
      return new MeetingItems(items, issueUrls);
    }
  }

  static List<NewItem> newItemsAfter(Connection connection, long afterEventId, int limit)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT "
                + Rows.ITEM_COLUMNS
                + ", e.id FROM events e JOIN items i ON i.id = e.item_id"
                + " JOIN meetings m ON m.id = i.meeting_id"
                + " WHERE e.id > ? AND e.kind = 'ITEM_NEW' ORDER BY e.id LIMIT ?")) {
      select.setLong(1, afterEventId);
      select.setInt(2, limit);
      List<NewItem> items = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          items.add(new NewItem(row.getLong(Rows.ITEM_COLUMN_COUNT + 1), Rows.item(row)));
        }
      }
      return items;
    }
  }

  static long lastEventId(Connection connection) throws SQLException {
    return singleLong(connection, "SELECT COALESCE(MAX(id), 0) FROM events", null);
  }

  static long cursor(Connection connection, String consumer) throws SQLException {
    return singleLong(
        connection,
        "SELECT COALESCE(MAX(last_event_id), 0) FROM event_cursors WHERE consumer = ?",
        consumer);
  }

  private static long singleLong(Connection connection, String sql, String parameter)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      if (parameter != null) {
        select.setString(1, parameter);
      }
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
