package dev.minutes.store;

import dev.minutes.notes.Owner;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 17.4: item_owners, each item's owners as {@link OwnerKeys} with an index, so an owner
 * filter ({@code todos --owner RD}) reads only that owner's items and is matched, counted and cut
 * by the database. A Java migration because the keys are folded as Java compares names, which
 * neither database's {@code LOWER} does for every character; it fills the table from the items a
 * store already has.
 */
final class ItemOwnersMigration implements JavaMigration {
  static final String VERSION = "17.4";
  private static final int BATCH = 1000;

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion(VERSION);
  }

  @Override
  public String getDescription() {
    return "item owners";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    Dialect dialect = Dialect.of(connection.getMetaData().getURL());
    try (Statement ddl = connection.createStatement()) {
      // The primary key, first by owner, is the listing's lookup and the table's only index: an
      // edit knows the item's old owners and removes their rows by the key (ItemOwnerTable).
      ddl.execute(
          "CREATE TABLE item_owners (owner_key TEXT NOT NULL,"
              + " item_id BIGINT NOT NULL REFERENCES items (id), PRIMARY KEY (owner_key, item_id))"
              + dialect.keyOnlyTable());
    }
    List<Long> ids = new ArrayList<>();
    List<List<Owner>> owners = new ArrayList<>();
    try (PreparedStatement select =
            connection.prepareStatement("SELECT id, owners FROM items ORDER BY id");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        ids.add(row.getLong(1));
        owners.add(JsonColumns.owners(row.getString(2)));
        if (ids.size() == BATCH) {
          ItemOwnerTable.insert(connection, ids, owners);
          ids.clear();
          owners.clear();
        }
      }
    }
    ItemOwnerTable.insert(connection, ids, owners);
  }
}
