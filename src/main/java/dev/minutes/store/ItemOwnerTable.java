package dev.minutes.store;

import dev.minutes.notes.Owner;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes item_owners, one row per item and {@link OwnerKeys owner key}, beside the items' owners
 * column: on insert, on an edit that may change the owners, and once for a store that had items
 * before the table (migration 17.4).
 */
final class ItemOwnerTable {
  private static final String INSERT = "INSERT INTO item_owners (owner_key, item_id) VALUES (?, ?)";

  private ItemOwnerTable() {}

  /**
   * Adds the owner rows of new items: {@code owners.get(i)} are the owners of {@code ids.get(i)}.
   */
  static void insert(Connection connection, List<Long> ids, List<List<Owner>> owners)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (int i = 0; i < ids.size(); i++) {
        add(insert, ids.get(i), owners.get(i));
      }
      insert.executeBatch();
    }
  }

  /** Replaces an item's owner rows by those of {@code owners}. */
  static void replace(Connection connection, long id, List<Owner> owners) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM item_owners WHERE item_id = ?")) {
      delete.setLong(1, id);
      delete.executeUpdate();
    }
    insert(connection, List.of(id), List.of(owners));
  }

  private static void add(PreparedStatement insert, long id, List<Owner> owners)
      throws SQLException {
    for (String key : OwnerKeys.ofOwners(owners)) {
      insert.setString(1, key);
      insert.setLong(2, id);
      insert.addBatch();
    }
  }
}
