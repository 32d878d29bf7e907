package dev.minutes.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * SQL about what a meeting is: which source it is known by (re-keying, renames) and whether it was
 * imported as history.
 */
final class MeetingIdentityTable {
  private MeetingIdentityTable() {}

  /** Meeting id → source, for the meetings whose source is still the path as once typed. */
  static Map<Long, String> unkeyed(Connection connection) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT m.id, m.source FROM meetings m JOIN unkeyed_meetings u ON u.meeting_id = m.id"
                + " ORDER BY m.id")) {
      Map<Long, String> sources = new LinkedHashMap<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          sources.put(row.getLong(1), row.getString(2));
        }
      }
      return sources;
    }
  }

  static Optional<Long> idOf(Connection connection, String source) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT id FROM meetings WHERE source = ?")) {
      select.setString(1, source);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
      }
    }
  }

  /** Sources that are {@code fileName} or end in {@code /fileName}, compared exactly. */
  static List<String> sourcesNamed(Connection connection, String fileName) throws SQLException {
    String escaped = fileName.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    List<String> sources = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT source FROM meetings WHERE source = ? OR source LIKE ? ESCAPE '\\'"
                + " ORDER BY source")) {
      select.setString(1, fileName);
      select.setString(2, "%/" + escaped);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          String source = row.getString(1);
          // SQLite's LIKE ignores case; a file name is compared exactly.
          if (source.equals(fileName) || source.endsWith("/" + fileName)) {
            sources.add(source);
          }
        }
      }
    }
    return sources;
  }

  /**
   * Gives meeting {@code id} the source {@code source}, unless another meeting holds it.
   *
   * @return the other meeting's id when the source is taken, else empty (done)
   */
  static Optional<Long> move(Connection connection, long id, String source) throws SQLException {
    Optional<Long> holder = idOf(connection, source);
    if (holder.isPresent() && holder.get() != id) {
      return holder;
    }
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE meetings SET source = ? WHERE id = ?")) {
      update.setString(1, source);
      update.setLong(2, id);
      update.executeUpdate();
    }
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM unkeyed_meetings WHERE meeting_id = ?")) {
      delete.setLong(1, id);
      delete.executeUpdate();
    }
    return Optional.empty();
  }

  static void markHistory(Connection connection, long meetingId) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO history_meetings (meeting_id) VALUES (?) ON CONFLICT DO NOTHING")) {
      insert.setLong(1, meetingId);
      insert.executeUpdate();
    }
  }

  static Set<Long> history(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement("SELECT meeting_id FROM history_meetings");
        ResultSet row = select.executeQuery()) {
      Set<Long> ids = new HashSet<>();
      while (row.next()) {
        ids.add(row.getLong(1));
      }
      return ids;
    }
  }

  static Optional<Instant> firstIngest(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT MIN(ingested_at) FROM meetings WHERE content_hash <> ''");
        ResultSet row = select.executeQuery()) {
      row.next();
      long millis = row.getLong(1);
      return row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }
  }
}
