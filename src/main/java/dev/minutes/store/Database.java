package dev.minutes.store;

import dev.minutes.notes.MinutesException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.sqlite.SQLiteConfig;

/**
 * One store database: an SQLite file (the embedded default) or a PostgreSQL server. Opening it
 * creates and migrates it; {@link #inTransaction} runs work atomically and retries it when another
 * writer holds the lock for too long. One connection serves all transactions of this object, one at
 * a time: SQLite allows one writer anyway, and opening a connection per transaction cost more than
 * the work of an unchanged file. Separate processes (or separate {@code Database} objects) each
 * have their own connection, and the database serialises them.
 */
public final class Database implements AutoCloseable {
  private static final int ATTEMPTS = 5;

  private final String url;
  private final Dialect dialect;
  private final Properties credentials;
  private Connection connection; // guarded by this
  private SavepointBatch batch; // guarded by this; null when every transaction commits on its own

  private final UnaryOperator<Connection> decorate;

  private Database(
      String url, Dialect dialect, Properties credentials, UnaryOperator<Connection> decorate) {
    this.url = url;
    this.dialect = dialect;
    this.credentials = credentials;
    this.decorate = decorate;
  }

  /**
   * Opens and migrates the store at {@code jdbcUrl}. PostgreSQL credentials come from the URL or
   * from {@code MINUTES_STORE_USER} / {@code MINUTES_STORE_PASSWORD} in {@code environment}.
   */
  public static Database open(String jdbcUrl, java.util.Map<String, String> environment) {
    return open(jdbcUrl, environment, UnaryOperator.identity());
  }

  /** As {@link #open(String, java.util.Map)}, every connection passed through {@code decorate}. */
  static Database open(
      String jdbcUrl,
      java.util.Map<String, String> environment,
      UnaryOperator<Connection> decorate) {
    Dialect dialect;
    try {
      dialect = Dialect.of(jdbcUrl);
    } catch (IllegalArgumentException e) {
      throw new MinutesException(
          "store.url",
          "unsupported store URL '" + redact(jdbcUrl) + "'",
          "use jdbc:sqlite:data/minutes.db or jdbc:postgresql://HOST:PORT/DB");
    }
    Properties credentials = new Properties();
    if (dialect == Dialect.SQLITE) {
      createFolderOf(jdbcUrl);
      SQLiteConfig sqlite = new SQLiteConfig();
      sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
      sqlite.setBusyTimeout(10_000);
      sqlite.enforceForeignKeys(true);
      // Take the write lock at BEGIN, so two ingests queue instead of failing mid-transaction.
      sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
      credentials.putAll(sqlite.toProperties());
    } else {
      putIfPresent(credentials, "user", environment.get("MINUTES_STORE_USER"));
      putIfPresent(credentials, "password", environment.get("MINUTES_STORE_PASSWORD"));
      // A JDBC batch of INSERTs goes to the server as multi-row INSERTs (NewItemsWriter).
      credentials.setProperty("reWriteBatchedInserts", "true");
    }
    Database database = new Database(jdbcUrl, dialect, credentials, decorate);
    Schema.bringUpToDate(database);
    return database;
  }

  /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
  public synchronized <T> T inTransaction(SqlWork<T> work) {
    if (batch != null) {
      return batch.run(work);
    }
    SQLException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        Connection current = connection();
        // Idle, the connection stays in auto-commit: the SQLite driver begins the next
        // transaction right after a commit, and an IMMEDIATE one would hold the write lock.
        current.setAutoCommit(false);
        try {
          T result = work.run(current);
          current.commit();
          return result;
        } catch (SQLException | RuntimeException e) {
          rollbackQuietly(current, e);
          throw e;
        } finally {
          restoreAutoCommit(current);
        }
      } catch (SQLException e) {
        // A failed BEGIN or COMMIT leaves the connection in a state not worth guessing: reconnect.
        discardConnection();
        if (!isContention(e)) {
          throw new StoreFailure("store operation failed on " + redact(url), e);
        }
        last = e;
        pause(attempt);
      }
    }
    throw new MinutesException(
        redact(url),
        "the store stayed busy after " + ATTEMPTS + " attempts: " + last.getMessage(),
        "another minutes process is writing; try again");
  }

  /**
   * Until the returned batch is closed, transactions are committed {@code transactionsPerCommit} at
   * a time (each still all-or-nothing: see {@link SavepointBatch}).
   */
  public synchronized SavepointBatch batch(int transactionsPerCommit) {
    if (batch != null) {
      throw new IllegalStateException("a write batch is already open");
    }
    try {
      batch = new SavepointBatch(this, connection(), transactionsPerCommit);
    } catch (SQLException e) {
      discardConnection();
      throw new StoreFailure("cannot start a write batch on " + redact(url), e);
    }
    return batch;
  }

  /**
   * After a failed commit the connection's state is not worth guessing: {@code broken} drops it.
   */
  synchronized void endBatch(SavepointBatch ended, boolean broken) {
    if (batch == ended) {
      batch = null;
      if (broken) {
        discardConnection();
      }
    }
  }

  Connection connection() throws SQLException {
    if (connection == null) {
      connection = connect();
    }
    return connection;
  }

  /** A failed BEGIN leaves nothing to roll back; the first failure is the one to report. */
  private static void rollbackQuietly(Connection connection, Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static void restoreAutoCommit(Connection connection) {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      // The next transaction sets it again; a broken connection fails there and is replaced.
    }
  }

  /** After an unexpected failure the connection may be broken: the next transaction reconnects. */
  private void discardConnection() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        // Already failing; the original error is the one to report.
      }
      connection = null;
    }
  }

  Connection connect() throws SQLException {
    return decorate.apply(DriverManager.getConnection(url, credentials));
  }

  Dialect dialect() {
    return dialect;
  }

  /** The URL without credentials, for messages. */
  public String describe() {
    return redact(url);
  }

  @Override
  public synchronized void close() {
    if (batch != null) {
      batch.close();
    }
    discardConnection();
  }

  static boolean isContention(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String message = e.getMessage() == null ? "" : e.getMessage().toUpperCase(Locale.ROOT);
    return state.equals("40001") // serialization failure
        || state.equals("40P01") // deadlock
        || state.equals("23505") // unique violation from a concurrent insert: re-read and retry
        || message.contains("SQLITE_BUSY")
        || message.contains("SQLITE_LOCKED")
        || message.contains("UNIQUE CONSTRAINT FAILED");
  }

  static void pause(int attempt) {
    try {
      Thread.sleep(50L * attempt * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the store", e);
    }
  }

  private static void createFolderOf(String jdbcUrl) {
    String location = jdbcUrl.substring("jdbc:sqlite:".length());
    int query = location.indexOf('?');
    if (query >= 0) {
      location = location.substring(0, query);
    }
    if (location.isEmpty() || location.startsWith(":memory:") || location.startsWith("file:")) {
      return;
    }
    Path parent = Path.of(location).toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new MinutesException(
          "store.url",
          "cannot create the store's folder " + parent,
          "check permissions, or point store.url / --store elsewhere");
    }
  }

  private static void putIfPresent(Properties properties, String key, String value) {
    if (value != null && !value.isBlank()) {
      properties.setProperty(key, value);
    }
  }

  /** Drops a password from a URL so it never reaches a message. */
  static String redact(String jdbcUrl) {
    return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
  }
}
