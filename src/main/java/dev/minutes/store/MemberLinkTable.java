package dev.minutes.store;

import dev.minutes.items.MemberLink;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** SQL of the member_links table. */
final class MemberLinkTable {
  private static final String COLUMNS = "chat_user_id, person, confirmed_by FROM member_links";

  private MemberLinkTable() {}

  /** Inserts or replaces the member's link; {@code confirmedBy} null makes it a request. */
  static void put(
      Connection connection, String chatUserId, String person, String confirmedBy, Instant at)
      throws SQLException {
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT INTO member_links (chat_user_id, person, requested_at, confirmed_by,"
                + " confirmed_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (chat_user_id) DO UPDATE SET"
                + " person = excluded.person, requested_at = excluded.requested_at,"
                + " confirmed_by = excluded.confirmed_by, confirmed_at = excluded.confirmed_at")) {
      upsert.setString(1, chatUserId);
      upsert.setString(2, person);
      upsert.setLong(3, at.toEpochMilli());
      if (confirmedBy == null) {
        upsert.setNull(4, Types.VARCHAR);
        upsert.setNull(5, Types.BIGINT);
      } else {
        upsert.setString(4, confirmedBy);
        upsert.setLong(5, at.toEpochMilli());
      }
      upsert.executeUpdate();
    }
  }

  static List<MemberLink> select(Connection connection, String chatUserId) throws SQLException {
    String sql =
        "SELECT "
            + COLUMNS
            + (chatUserId == null ? "" : " WHERE chat_user_id = ?")
            + " ORDER BY chat_user_id";
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      if (chatUserId != null) {
        select.setString(1, chatUserId);
      }
      List<MemberLink> links = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          links.add(new MemberLink(row.getString(1), row.getString(2), row.getString(3)));
        }
      }
      return links;
    }
  }
}
