package dev.minutes.store;

import java.sql.SQLException;

/** Migration 17.4 on a real PostgreSQL server (see {@link PostgresStoreIT}). */
class PostgresItemOwnersMigrationIT extends ItemOwnersMigrationContract {
  @Override
  String freshUrl() throws SQLException {
    return PostgresTestSchema.freshUrl();
  }
}
