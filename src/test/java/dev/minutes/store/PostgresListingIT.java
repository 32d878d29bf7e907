package dev.minutes.store;

import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/** Listing order, groups and limits on a real PostgreSQL server (see {@link PostgresStoreIT}). */
class PostgresListingIT extends ItemListingContract {
  private String url;

  @BeforeEach
  void freshSchema() throws SQLException {
    url = PostgresTestSchema.freshUrl();
  }

  @Override
  Database database() {
    return Database.open(url, Map.of());
  }
}
