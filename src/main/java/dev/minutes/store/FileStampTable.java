package dev.minutes.store;

import dev.minutes.items.FileVerdict;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * SQL about the files ingest has read: the stamp of each meeting's file, and the verdict on each
 * file that holds no meeting (see {@code ingest.FileStamps}).
 */
final class FileStampTable {
  private FileStampTable() {}

  static Map<String, String> stamps(Connection connection) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT source, file_stamp FROM meetings WHERE file_stamp IS NOT NULL")) {
      Map<String, String> stamps = new HashMap<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          stamps.put(row.getString(1), row.getString(2));
        }
      }
      return stamps;
    }
  }

  static void recordStamp(Connection connection, String source, String stamp) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE meetings SET file_stamp = ? WHERE source = ?")) {
      update.setString(1, stamp);
      update.setString(2, source);
      update.executeUpdate();
    }
    forgetVerdict(connection, source);
  }

  static Map<String, FileVerdict> verdicts(Connection connection) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT source, stamp, not_meeting_notes, title, findings FROM file_verdicts")) {
      Map<String, FileVerdict> verdicts = new HashMap<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          verdicts.put(
              row.getString(1),
              new FileVerdict(
                  row.getString(2),
                  row.getBoolean(3),
                  row.getString(4),
                  JsonColumns.diagnostics(row.getString(5))));
        }
      }
      return verdicts;
    }
  }

  static void recordVerdict(Connection connection, String source, FileVerdict verdict)
      throws SQLException {
    forgetVerdict(connection, source);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO file_verdicts (source, stamp, not_meeting_notes, title, findings)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      insert.setString(1, source);
      insert.setString(2, verdict.stamp());
      insert.setBoolean(3, verdict.notMeetingNotes());
      insert.setString(4, verdict.title());
      insert.setString(5, JsonColumns.write(verdict.findings()));
      insert.executeUpdate();
    }
  }

  private static void forgetVerdict(Connection connection, String source) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM file_verdicts WHERE source = ?")) {
      delete.setString(1, source);
      delete.executeUpdate();
    }
  }
}
