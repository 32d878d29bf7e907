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

  /** Row lock that serialises writers of one meeting; SQLite's write lock already does. */
  String forUpdate() {
    return this == POSTGRESQL ? " FOR UPDATE" : "";
  }
}
