package dev.minutes.store;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import dev.minutes.items.ItemStatus;
import dev.minutes.items.StoreEvent;
import dev.minutes.notes.ActionItem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Inserts a meeting's new items with their history and outbox events: the ids are reserved with one
 * counter update each, and each of the three statements is prepared once and sent as one JDBC batch
 * (which PostgreSQL's driver rewrites into multi-row INSERTs: reWriteBatchedInserts). A first
 * ingest so costs a few statements per meeting rather than five per item.
 */
final class NewItemsWriter {
  /**
   * An item's key names it everywhere (the marker in its issue), so it is a UUID; a time-ordered
   * one (version 7), because a random key lands on a random page of the items' key index: a first
   * ingest of a large archive then rewrote most of that index at every commit.
   */
  private static final TimeBasedEpochGenerator ITEM_KEYS = Generators.timeBasedEpochGenerator();

  private NewItemsWriter() {}

  static List<Long> insert(
      Connection connection, long meetingId, List<ActionItem> added, Instant at, String actor)
      throws SQLException {
    if (added.isEmpty()) {
      return List.of();
    }
    long firstItem = Rows.reserveIds(connection, "item", added.size());
    long firstEvent = Rows.reserveIds(connection, "event", added.size());
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement items =
            connection.prepareStatement(
                "INSERT INTO items (id, meeting_id, item_key, text, owners, due, refs, section,"
                    + " line, status, created_at, status_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?)");
        PreparedStatement history =
            connection.prepareStatement(
                "INSERT INTO item_history (item_id, changed_at, actor, change_kind, detail)"
                    + " VALUES (?, ?, ?, 'created', ?)");
        PreparedStatement events =
            connection.prepareStatement(
                "INSERT INTO events (id, kind, meeting_id, item_id, created_at)"
                    + " VALUES (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < added.size(); i++) {
        ActionItem item = added.get(i);
        long id = firstItem + i;
        ids.add(id);
        items.setLong(1, id);
        items.setLong(2, meetingId);
        items.setString(3, ITEM_KEYS.generate().toString());
        MeetingWriter.bindContent(items, 4, item);
        items.setString(10, (item.done() ? ItemStatus.DONE : ItemStatus.OPEN).name());
        items.setLong(11, at.toEpochMilli());
        items.setLong(12, at.toEpochMilli());
        items.addBatch();
        history.setLong(1, id);
        history.setLong(2, at.toEpochMilli());
        history.setString(3, actor);
        history.setString(4, item.text());
        history.addBatch();
        events.setLong(1, firstEvent + i);
        events.setString(2, StoreEvent.Kind.ITEM_NEW.name());
        events.setLong(3, meetingId);
        events.setLong(4, id);
        events.setLong(5, at.toEpochMilli());
        events.addBatch();
      }
      items.executeBatch();
      history.executeBatch();
      events.executeBatch();
    }
    ItemOwnerTable.insert(connection, ids, added.stream().map(ActionItem::owners).toList());
    return ids;
  }
}
