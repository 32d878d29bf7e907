package dev.minutes.store;

import dev.minutes.items.WriteBatch;
import dev.minutes.notes.MinutesException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * Groups many store transactions into few commits: while a batch is open, each transaction of its
 * {@link Database} runs inside a savepoint of one long transaction, and that transaction is
 * committed every {@code size} of them (or every second, whichever comes first) and at {@link
 * #close}. A transaction that fails is rolled back to its savepoint, so it leaves nothing behind
 * and the others of the batch still commit; other processes see the store only at commits, which
 * contain whole transactions only. A fresh ingest of thousands of files so pays for a few hundred
 * commits (and their syncs), not thousands.
 */
final class SavepointBatch implements WriteBatch {
  private static final int ATTEMPTS = 5;

  /** Longest a batch holds uncommitted work (and SQLite's write lock), however few its writes. */
  private static final long MAX_UNCOMMITTED_NANOS = 1_000_000_000L;

  private final Database database;
  private final Connection connection;
  private final int size;
  private int uncommitted;
  private long firstUncommittedAt;

  SavepointBatch(Database database, Connection connection, int size) {
    this.database = database;
    this.connection = connection;
    this.size = size;
  }

  /** One transaction of the batch: all of it or, on any failure, none of it. */
  <T> T run(SqlWork<T> work) {
    SQLException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      Savepoint savepoint;
      try {
        // Begins the batch's transaction on its first write; SQLite's driver takes the write
        // lock here, and it is released at each commit so other processes get their turn.
        connection.setAutoCommit(false);
        savepoint = connection.setSavepoint();
      } catch (SQLException e) {
        throw failed(e);
      }
      try {
        T result = work.run(connection);
        connection.releaseSavepoint(savepoint);
        if (uncommitted++ == 0) {
          firstUncommittedAt = System.nanoTime();
        }
        if (uncommitted >= size || System.nanoTime() - firstUncommittedAt > MAX_UNCOMMITTED_NANOS) {
          commit();
        }
        return result;
      } catch (SQLException e) {
        rollback(savepoint, e);
        if (!Database.isContention(e)) {
          throw new StoreFailure("store operation failed on " + database.describe(), e);
        }
        last = e;
        Database.pause(attempt);
      } catch (RuntimeException e) {
        rollback(savepoint, e);
        throw e;
      }
    }
    throw new MinutesException(
        database.describe(),
        "the store stayed busy after " + ATTEMPTS + " attempts: " + last.getMessage(),
        "another minutes process is writing; try again");
  }

  /** Commits what the batch holds and ends it; the database is back to one commit a transaction. */
  @Override
  public void close() {
    try {
      commit();
    } finally {
      database.endBatch(this, false);
    }
  }

  private void commit() {
    if (uncommitted == 0) {
      return;
    }
    try {
      // Not commit(): the SQLite driver would begin the next transaction (and hold the write
      // lock) right away, starving every other process for the whole batch.
      connection.setAutoCommit(true);
      uncommitted = 0;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private void rollback(Savepoint savepoint, Exception cause) {
    try {
      connection.rollback(savepoint);
      connection.releaseSavepoint(savepoint);
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /**
   * A failed commit loses what the batch held since its last commit: say so, so the user runs the
   * command again (an ingest then redoes exactly the files whose hash was not stored).
   */
  private MinutesException failed(SQLException e) {
    database.endBatch(this, true);
    return new MinutesException(
        database.describe(),
        "could not commit the last "
            + uncommitted
            + " changes (they are not in the store): "
            + e.getMessage(),
        "run the command again; what is already in the store is kept");
  }
}
