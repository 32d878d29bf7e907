package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.TestNotes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code minutes ingest} process killed with SIGKILL in the middle of a large directory: the
 * store holds whole files only, and the next ingest completes it without duplicates.
 */
class IngestKillIT {
  private static final int FILES = 600;
  private static final int ITEMS_PER_FILE = 2;

  @TempDir Path folder;

  @Test
  void aKilledIngestLeavesWholeFilesOnlyAndTheNextRunCompletesTheStore() throws Exception {
    Path notes = largeNotesDirectory();
    Path database = folder.resolve("minutes.db");
    String url = "jdbc:sqlite:" + database;

    Process ingest =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "ingest",
                "--store",
                url,
                notes.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    waitUntilSomeMeetingsAreStored(url, ingest);
    ingest.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the process itself
    assertThat(ingest.waitFor(30, TimeUnit.SECONDS)).isTrue();

    try (Connection connection = DriverManager.getConnection(url)) {
      assertThat(single(connection, "PRAGMA integrity_check")).isEqualTo("ok");
      long meetings = Long.parseLong(single(connection, "SELECT COUNT(*) FROM meetings"));
      assertThat(meetings).as("the kill came mid-way").isBetween(1L, FILES - 1L);
      assertThat(single(connection, "SELECT COUNT(*) FROM items"))
          .isEqualTo(String.valueOf(meetings * ITEMS_PER_FILE));
    }

    Cli rerun = Cli.run("ingest", "--store", url, notes.toString());

    assertThat(rerun.exit()).as(rerun.err()).isZero();
    try (Connection connection = DriverManager.getConnection(url)) {
      assertThat(single(connection, "SELECT COUNT(*) FROM meetings"))
          .isEqualTo(String.valueOf(FILES));
      assertThat(single(connection, "SELECT COUNT(*) FROM items"))
          .isEqualTo(String.valueOf(FILES * ITEMS_PER_FILE));
    }
  }

  /** Copies of a real meeting, each its own file: enough work for the kill to land mid-way. */
  private Path largeNotesDirectory() throws IOException {
    Path notes = Files.createDirectories(folder.resolve("notes"));
    byte[] meeting = TestNotes.bytes(TestNotes.MAINTAINERS_2024_03_04);
    for (int i = 0; i < FILES; i++) {
      Files.write(notes.resolve(String.format("meeting-%03d.md", i)), meeting);
    }
    return notes;
  }

  private static void waitUntilSomeMeetingsAreStored(String url, Process ingest)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      assertThat(ingest.isAlive()).as("ingest ended before it could be killed").isTrue();
      try (Connection connection = DriverManager.getConnection(url)) {
        if (Long.parseLong(single(connection, "SELECT COUNT(*) FROM meetings")) > 0) {
          return;
        }
      } catch (SQLException notMigratedYet) {
        // The process has not created the tables yet.
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no meeting was stored within 60 s");
  }

  private static String single(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
