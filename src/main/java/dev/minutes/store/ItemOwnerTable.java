package dev.minutes.store;

import dev.minutes.notes.Owner;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Writes item_owners, one row per item and {@link OwnerKeys owner key}, beside the items' owners
 * column: on insert, on an edit that changes the owners, and once for a store that had items before
 * the table (migration 17.4).
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

  /**
   * Brings an item's owner rows from those of {@code before} (what its rows hold) to those of
   * {@code after}, by the primary key: rows of unchanged owners are left alone.
   */
  static void update(Connection connection, long id, List<Owner> before, List<Owner> after)
      throws SQLException {
    Set<String> old = OwnerKeys.ofOwners(before);
    Set<String> now = OwnerKeys.ofOwners(after);
    if (old.equals(now)) {
      return;
    }
    try (PreparedStatement delete =
            connection.prepareStatement(
                "DELETE FROM item_owners WHERE owner_key = ? AND item_id = ?");
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (String key : old) {
        if (!now.contains(key)) {
          delete.setString(1, key);
          delete.setLong(2, id);
          delete.addBatch();
        }
      }
      for (String key : now) {
        if (!old.contains(key)) {
          insert.setString(1, key);
          insert.setLong(2, id);
          insert.addBatch();
        }
      }
      delete.executeBatch();
      insert.executeBatch();
    }
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
