package dev.minutes.store;

/** The few places where SQLite and PostgreSQL need different SQL. */
enum Dialect {
  SQLITE,
  POSTGRESQL;

  static Dialect of(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      return SQLITE;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException("unsupported JDBC URL");
  }

  /**
   * Ends the definition of a table that is all primary key: SQLite then keeps it as that key's
   * b-tree alone, rather than a table of row ids and an index beside it (PostgreSQL has no such
   * option).
   */
  String keyOnlyTable() {
    return this == SQLITE ? " WITHOUT ROWID" : "";
  }

  /** Row lock that serialises writers of one meeting; SQLite's write lock already does. */
  String forUpdate() {
    return this == POSTGRESQL ? " FOR UPDATE" : "";
  }
}
