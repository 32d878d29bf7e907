package dev.minutes.store;

import dev.minutes.items.MemberLink;
import dev.minutes.items.MemberLinks;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Member links and reminder opt-outs. */
final class JdbcMemberLinks implements MemberLinks {
  private final Database database;

  JdbcMemberLinks(Database database) {
    this.database = database;
  }

  @Override
  public void setRemindersEnabled(String person, boolean enabled, Instant at) {
    database.inTransaction(
        connection -> {
          String sql =
              enabled
                  ? "DELETE FROM reminder_opt_outs WHERE person = ?"
                  : "INSERT INTO reminder_opt_outs (person, opted_out_at) VALUES (?, ?)"
                      + " ON CONFLICT (person) DO NOTHING";
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, person);
            if (!enabled) {
              statement.setLong(2, at.toEpochMilli());
            }
            statement.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public Set<String> reminderOptOuts() {
    return database.inTransaction(
        connection -> {
          try (PreparedStatement select =
                  connection.prepareStatement("SELECT person FROM reminder_opt_outs");
              ResultSet row = select.executeQuery()) {
            Set<String> people = new TreeSet<>();
            while (row.next()) {
              people.add(row.getString(1));
            }
            return Set.copyOf(people);
          }
        });
  }

  @Override
  public void linkMember(String chatUserId, String person, String confirmedBy, Instant at) {
    database.inTransaction(
        connection -> {
          MemberLinkTable.put(connection, chatUserId, person, confirmedBy, at);
          return null;
        });
  }

  @Override
  public Optional<MemberLink> memberLink(String chatUserId) {
    return database.inTransaction(
        connection -> MemberLinkTable.select(connection, chatUserId).stream().findFirst());
  }

  @Override
  public List<MemberLink> memberLinks() {
    return database.inTransaction(connection -> MemberLinkTable.select(connection, null));
  }
}
