package dev.minutes.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** SQL of the item_reminders table: how many repeated reminders each item had. */
final class ItemReminderTable {
  private ItemReminderTable() {}

  /** One row per item and day, with the item's due date as it is now. */
  static void record(Connection connection, Collection<Long> itemIds, LocalDate day)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO item_reminders (item_id, reminded_on, due)"
                + " SELECT id, ?, due FROM items WHERE id = ?"
                + " ON CONFLICT (item_id, reminded_on) DO NOTHING")) {
      for (long id : itemIds) {
        insert.setString(1, day.toString());
        insert.setLong(2, id);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** Counts only the rows of the item's current due date: a new due date starts afresh. */
  static Map<Long, Integer> counts(Connection connection) throws SQLException {
    Map<Long, Integer> counts = new HashMap<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT r.item_id, COUNT(*) FROM item_reminders r JOIN items i ON i.id = r.item_id"
                    + " WHERE COALESCE(r.due, '') = COALESCE(i.due, '') GROUP BY r.item_id");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        counts.put(row.getLong(1), row.getInt(2));
      }
    }
    return Map.copyOf(counts);
  }
}
