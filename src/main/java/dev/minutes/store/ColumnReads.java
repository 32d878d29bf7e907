package dev.minutes.store;

import dev.minutes.items.ItemStatus;
import dev.minutes.notes.Owner;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * How one listing reads its rows' text columns and owner lists. On SQLite a text is taken as its
 * UTF-8 bytes (the encoding of every store Minutes creates) and decoded here: the driver's {@code
 * getString} goes through a direct buffer per value, and at 57,000 rows of seven texts that cost
 * twice as much. Owner lists are parsed once per distinct text ({@link OwnerLists}), and the
 * meeting's columns are read once for a run of rows of one meeting ({@link #meeting}).
 */
final class ColumnReads {
  private final boolean utf8Bytes;
  private final ItemStatus onlyStatus;
  private final OwnerLists ownerLists = new OwnerLists();
  private MeetingColumns lastMeeting;

  /** What a listed row shows of its meeting. */
  record MeetingColumns(long id, String source, String title, LocalDate date) {}

  /**
   * @param statuses the statuses the listing keeps (empty: all)
   */
  ColumnReads(Dialect dialect, Set<ItemStatus> statuses) {
    this.utf8Bytes = dialect == Dialect.SQLITE;
    this.onlyStatus = statuses.size() == 1 ? statuses.iterator().next() : null;
  }

  /** A row's status: the listing's only status when it keeps one (the usual open items) unread. */
  ItemStatus status(ResultSet row, int column) throws SQLException {
    return onlyStatus != null ? onlyStatus : ItemStatus.valueOf(text(row, column));
  }

  String text(ResultSet row, int column) throws SQLException {
    if (!utf8Bytes) {
      return row.getString(column);
    }
    byte[] bytes = row.getBytes(column);
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  /** The owner list of a JSON text, parsed once per listing. */
  List<Owner> owners(String json) {
    return ownerLists.of(json);
  }

  /**
   * The meeting of a row whose source, title and date are the columns from {@code sourceColumn} on:
   * read from the row only when it is not the previous row's meeting. A listing by number reads a
   * meeting's items one after the other (about three each in the Unikraft archive), and each text
   * column read costs a call into the driver.
   */
  MeetingColumns meeting(ResultSet row, long meetingId, int sourceColumn) throws SQLException {
    if (lastMeeting == null || lastMeeting.id() != meetingId) {
      lastMeeting =
          new MeetingColumns(
              meetingId,
              text(row, sourceColumn),
              text(row, sourceColumn + 1),
              Rows.date(text(row, sourceColumn + 2)));
    }
    return lastMeeting;
  }
}
