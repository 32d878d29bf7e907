package dev.minutes.store;

import dev.minutes.items.NewItem;
import dev.minutes.items.Outbox;
import dev.minutes.items.StoreEvent;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The outbox: events in order, and each consumer's cursor. */
final class JdbcOutbox implements Outbox {
  private final Database database;

  JdbcOutbox(Database database) {
    this.database = database;
  }

  @Override
  public List<StoreEvent> eventsAfter(String consumer, int limit) {
    return database.inTransaction(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT id, kind, meeting_id, item_id, created_at FROM events WHERE id >"
                      + " COALESCE((SELECT last_event_id FROM event_cursors WHERE consumer = ?), 0)"
                      + " ORDER BY id LIMIT ?")) {
            select.setString(1, consumer);
            select.setInt(2, limit);
            List<StoreEvent> events = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                events.add(
                    new StoreEvent(
                        row.getLong(1),
                        StoreEvent.Kind.valueOf(row.getString(2)),
                        row.getLong(3),
                        row.getLong(4),
                        Rows.instant(row, 5)));
              }
            }
            return events;
          }
        });
  }

  @Override
  public List<NewItem> newItemsAfter(long afterEventId, int limit) {
    return database.inTransaction(
        connection -> ReadQueries.newItemsAfter(connection, afterEventId, limit));
  }

  @Override
  public long lastEventId() {
    return database.inTransaction(ReadQueries::lastEventId);
  }

  @Override
  public long cursor(String consumer) {
    return database.inTransaction(connection -> ReadQueries.cursor(connection, consumer));
  }

  @Override
  public void acknowledge(String consumer, long eventId) {
    database.inTransaction(
        connection -> {
          try (PreparedStatement upsert =
              connection.prepareStatement(
                  "INSERT INTO event_cursors (consumer, last_event_id) VALUES (?, ?)"
                      + " ON CONFLICT (consumer) DO UPDATE SET last_event_id ="
                      + " CASE WHEN event_cursors.last_event_id > excluded.last_event_id"
                      + " THEN event_cursors.last_event_id ELSE excluded.last_event_id END")) {
            upsert.setString(1, consumer);
            upsert.setLong(2, eventId);
            upsert.executeUpdate();
          }
          return null;
        });
  }
}
