package dev.minutes.store;

import dev.minutes.items.ItemLine;
import dev.minutes.items.ItemStatus;
import dev.minutes.items.StoreEvent;
import dev.minutes.items.StoredMeeting;
import dev.minutes.items.TrackedItem;
import dev.minutes.notes.Owner;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

/** Mapping between rows and the store's records, and the few statements every writer shares. */
final class Rows {
  static final String ITEM_COLUMNS =
      "i.id, i.item_key, i.meeting_id, m.source, m.title, m.meeting_date, m.teams, i.text,"
          + " i.owners, i.due, i.refs, i.section, i.line, i.status, i.created_at,"
          + " i.status_changed_at, i.snoozed_until";
  static final int ITEM_COLUMN_COUNT = 17;

  /** The columns of an {@link ItemLine}, in its order. */
  static final String LINE_COLUMNS =
      "i.id, i.status, i.owners, i.text, i.due, i.meeting_id, m.source, m.title, m.meeting_date";

  static final int LINE_COLUMN_COUNT = 9;
  static final String ITEM_FROM = " FROM items i JOIN meetings m ON m.id = i.meeting_id";
  static final String MEETING_COLUMNS =
      "id, source, title, meeting_datetime, meeting_date, teams, agenda, decisions, ingested_at";

  private Rows() {}

  static TrackedItem item(ResultSet row) throws SQLException {
    return item(row, JsonColumns::owners);
  }

  /** An item, its owners read by {@code owners} from their JSON text. */
  static TrackedItem item(ResultSet row, Function<String, List<Owner>> owners) throws SQLException {
    return new TrackedItem(
        row.getLong(1),
        row.getString(2),
        row.getLong(3),
        row.getString(4),
        row.getString(5),
        date(row.getString(6)),
        JsonColumns.strings(row.getString(7)),
        row.getString(8),
        owners.apply(row.getString(9)),
        date(row.getString(10)),
        JsonColumns.strings(row.getString(11)),
        row.getString(12),
        row.getInt(13),
        ItemStatus.valueOf(row.getString(14)),
        instant(row, 15),
        instant(row, 16),
        instant(row, 17));
  }

  static ItemLine line(ResultSet row, ColumnReads reads) throws SQLException {
    ColumnReads.MeetingColumns meeting = reads.meeting(row, row.getLong(6), 7);
    return new ItemLine(
        row.getLong(1),
        reads.status(row, 2),
        reads.owners(reads.text(row, 3)),
        reads.text(row, 4),
        date(reads.text(row, 5)),
        meeting.id(),
        meeting.source(),
        meeting.title(),
        meeting.date());
  }

  static StoredMeeting meeting(ResultSet row) throws SQLException {
    String datetime = row.getString(4);
    return new StoredMeeting(
        row.getLong(1),
        row.getString(2),
        row.getString(3),
        datetime == null ? null : OffsetDateTime.parse(datetime),
        date(row.getString(5)),
        JsonColumns.strings(row.getString(6)),
        JsonColumns.agenda(row.getString(7)),
        JsonColumns.decisions(row.getString(8)),
        instant(row, 9));
  }

  /** The next id of a counter; the row lock it takes also serialises concurrent writers. */
  static long nextId(Connection connection, String counter) throws SQLException {
    return reserveIds(connection, counter, 1);
  }

  /** Reserves {@code count} consecutive ids of a counter and returns the first. */
  static long reserveIds(Connection connection, String counter, int count) throws SQLException {
    // One statement (both databases have RETURNING): a first ingest reserves three ranges a file.
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE counters SET value = value + ? WHERE name = ? RETURNING value")) {
      update.setLong(1, count);
      update.setString(2, counter);
      try (ResultSet row = update.executeQuery()) {
        row.next();
        return row.getLong(1) - count + 1;
      }
    }
  }

  static void history(
      Connection connection, long itemId, Instant at, String actor, String change, String detail)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO item_history (item_id, changed_at, actor, change_kind, detail)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      insert.setLong(1, itemId);
      insert.setLong(2, at.toEpochMilli());
      insert.setString(3, actor);
      insert.setString(4, change);
      insert.setString(5, detail);
      insert.executeUpdate();
    }
  }

  static long event(
      Connection connection, StoreEvent.Kind kind, long meetingId, long itemId, Instant at)
      throws SQLException {
    long id = nextId(connection, "event");
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO events (id, kind, meeting_id, item_id, created_at) VALUES (?, ?, ?, ?, ?)")) {
      insert.setLong(1, id);
      insert.setString(2, kind.name());
      insert.setLong(3, meetingId);
      insert.setLong(4, itemId);
      insert.setLong(5, at.toEpochMilli());
      insert.executeUpdate();
    }
    return id;
  }

  /**
   * A date as {@link #text} stores it ({@code 2024-03-04}), read without the {@code
   * DateTimeFormatter} machinery, which cost a listing as much as the rest of its item; anything
   * else still goes through {@link LocalDate#parse}.
   */
  static LocalDate date(String text) {
    if (text == null) {
      return null;
    }
    if (text.length() == 10
        && text.charAt(4) == '-'
        && text.charAt(7) == '-'
        && digits(text, 0, 4)
        && digits(text, 5, 7)
        && digits(text, 8, 10)) {
      return LocalDate.of(
          Integer.parseInt(text, 0, 4, 10),
          Integer.parseInt(text, 5, 7, 10),
          Integer.parseInt(text, 8, 10, 10));
    }
    return LocalDate.parse(text);
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }

  static Instant instant(ResultSet row, int column) throws SQLException {
    long millis = row.getLong(column);
    return row.wasNull() ? null : Instant.ofEpochMilli(millis);
  }

  static void setNullableLong(PreparedStatement statement, int index, Long value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, value);
    }
  }
}
