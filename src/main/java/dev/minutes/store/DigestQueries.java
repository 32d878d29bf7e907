package dev.minutes.store;

import dev.minutes.items.StoredMeeting;
import dev.minutes.items.TrackedItem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The digest's reads, windowed in SQL on indexed columns (V5) instead of loading every meeting and
 * item. Dates are TEXT 'YYYY-MM-DD', so comparing them as text compares the days.
 */
final class DigestQueries {
  private DigestQueries() {}

  static List<StoredMeeting> meetingsDated(
      Connection connection, LocalDate firstDay, LocalDate lastDay) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT "
                + Rows.MEETING_COLUMNS
                + " FROM meetings WHERE content_hash <> '' AND (meeting_date IS NULL"
                + " OR (meeting_date >= ? AND meeting_date <= ?))")) {
      select.setString(1, firstDay.toString());
      select.setString(2, lastDay.toString());
      List<StoredMeeting> meetings = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          meetings.add(Rows.meeting(row));
        }
      }
      return meetings;
    }
  }

  static List<TrackedItem> digestItems(
      Connection connection,
      LocalDate firstDay,
      LocalDate lastDay,
      Instant since,
      Instant until,
      LocalDate dueBefore)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT "
                + Rows.ITEM_COLUMNS
                + Rows.ITEM_FROM
                + " WHERE (i.status <> 'REMOVED' AND ((m.meeting_date >= ? AND m.meeting_date <= ?)"
                + " OR (m.meeting_date IS NULL AND i.created_at >= ? AND i.created_at < ?)))"
                + " OR (i.status = 'DONE' AND i.status_changed_at >= ? AND i.status_changed_at < ?)"
                + " OR (i.due < ? AND (i.status = 'OPEN'"
                + " OR (i.status <> 'OPEN' AND i.status_changed_at > ?)))"
                + " ORDER BY i.id")) {
      select.setString(1, firstDay.toString());
      select.setString(2, lastDay.toString());
      select.setLong(3, since.toEpochMilli());
      select.setLong(4, until.toEpochMilli());
      select.setLong(5, since.toEpochMilli());
      select.setLong(6, until.toEpochMilli());
      select.setString(7, dueBefore.toString());
      select.setLong(8, until.toEpochMilli());
      List<TrackedItem> items = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          items.add(Rows.item(row));
        }
      }
      return items;
    }
  }

  static int openItemsAt(Connection connection, Instant at, LocalDate firstDayNotBorn)
      throws SQLException {
    try (PreparedStatement count =
        connection.prepareStatement(
            "SELECT COUNT(*)"
                + Rows.ITEM_FROM
                + " WHERE (m.meeting_date < ? OR (m.meeting_date IS NULL AND i.created_at < ?))"
                + " AND (i.status = 'OPEN' OR i.status_changed_at > ?)"
                // Meetings imported as history stay out of the digest, counts included.
                + " AND NOT EXISTS (SELECT 1 FROM history_meetings h"
                + " WHERE h.meeting_id = i.meeting_id)")) {
      count.setString(1, firstDayNotBorn.toString());
      count.setLong(2, at.toEpochMilli());
      count.setLong(3, at.toEpochMilli());
      try (ResultSet row = count.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }
}
