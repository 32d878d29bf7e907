package dev.minutes.store;

import dev.minutes.items.IngestOutcome;
import dev.minutes.items.ItemPlan;
import dev.minutes.items.ItemPlanner;
import dev.minutes.items.ItemStatus;
import dev.minutes.items.StoreEvent;
import dev.minutes.items.TrackedItem;
import dev.minutes.notes.ActionItem;
import dev.minutes.notes.Meeting;
import dev.minutes.notes.Owner;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes one ingested meeting and its items inside the caller's transaction. */
final class MeetingWriter {
  private static final String ACTOR = "ingest";

  private final Connection connection;
  private final Dialect dialect;
  private final Instant at;

  MeetingWriter(Connection connection, Dialect dialect, Instant at) {
    this.connection = connection;
    this.dialect = dialect;
    this.at = at;
  }

  IngestOutcome write(Meeting meeting, String contentHash, ItemPlanner planner)
      throws SQLException {
    ensureMeetingRow(meeting.source());
    long meetingId;
    String storedHash;
    // Locks the meeting row (PostgreSQL; SQLite's write lock is already held): concurrent ingests
    // of one file run one after the other, and the second sees the first one's items.
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, content_hash FROM meetings WHERE source = ?" + dialect.forUpdate())) {
      select.setString(1, meeting.source());
      try (ResultSet row = select.executeQuery()) {
        row.next();
        meetingId = row.getLong(1);
        storedHash = row.getString(2);
      }
    }
    boolean newMeeting = storedHash.isEmpty();
    if (storedHash.equals(contentHash)) {
      return new IngestOutcome(meetingId, false, true, List.of(), List.of(), List.of(), 0);
    }
    updateMeeting(meetingId, meeting, contentHash);
    // A new meeting's row was made by this transaction, so it has no items to read.
    List<TrackedItem> stored = newMeeting ? List.of() : itemsOf(meetingId);
    Map<Long, List<Owner>> storedOwners = new HashMap<>();
    stored.forEach(item -> storedOwners.put(item.id(), item.owners()));
    ItemPlan plan = planner.plan(stored);
    List<Long> added = NewItemsWriter.insert(connection, meetingId, plan.added(), at, ACTOR);
    List<Long> changed = new ArrayList<>();
    int kept = 0;
    for (ItemPlan.Update update : plan.updated()) {
      if (applyUpdate(meetingId, update, storedOwners.get(update.id()))) {
        changed.add(update.id());
      } else {
        kept++;
      }
    }
    for (long id : plan.removed()) {
      setStatus(id, ItemStatus.REMOVED);
      Rows.history(connection, id, at, ACTOR, "removed", "no longer in the notes");
      Rows.event(connection, StoreEvent.Kind.ITEM_REMOVED, meetingId, id, at);
    }
    Rows.event(connection, StoreEvent.Kind.MEETING_INGESTED, meetingId, 0, at);
    return new IngestOutcome(meetingId, newMeeting, false, added, changed, plan.removed(), kept);
  }

  /** Creates an empty placeholder row (hash '') if the meeting is new; no-op otherwise. */
  private void ensureMeetingRow(String source) throws SQLException {
    try (PreparedStatement exists =
        connection.prepareStatement("SELECT 1 FROM meetings WHERE source = ?")) {
      exists.setString(1, source);
      try (ResultSet row = exists.executeQuery()) {
        if (row.next()) {
          return;
        }
      }
    }
    long id = Rows.nextId(connection, "meeting");
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO meetings (id, source, content_hash, teams, participants, agenda,"
                + " decisions, ingested_at, updated_at) VALUES (?, ?, '', '[]', '[]', '[]', '[]',"
                + " ?, ?) ON CONFLICT (source) DO NOTHING")) {
      insert.setLong(1, id);
      insert.setString(2, source);
      insert.setLong(3, at.toEpochMilli());
      insert.setLong(4, at.toEpochMilli());
      insert.executeUpdate();
    }
  }

  private void updateMeeting(long id, Meeting meeting, String contentHash) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE meetings SET content_hash = ?, title = ?, meeting_datetime = ?,"
                + " meeting_date = ?, teams = ?, participants = ?, agenda = ?, decisions = ?,"
                + " next_meeting = ?, updated_at = ? WHERE id = ?")) {
      update.setString(1, contentHash);
      update.setString(2, meeting.title());
      update.setString(3, meeting.datetime() == null ? null : meeting.datetime().toString());
      update.setString(4, Rows.text(meeting.date()));
      update.setString(5, JsonColumns.write(meeting.teams()));
      update.setString(6, JsonColumns.write(meeting.participants()));
      update.setString(7, JsonColumns.write(meeting.agenda()));
      update.setString(8, JsonColumns.write(meeting.decisions()));
      update.setString(9, Rows.text(meeting.nextMeeting()));
      update.setLong(10, at.toEpochMilli());
      update.setLong(11, id);
      update.executeUpdate();
    }
  }

  private List<TrackedItem> itemsOf(long meetingId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT "
                + Rows.ITEM_COLUMNS
                + Rows.ITEM_FROM
                + " WHERE i.meeting_id = ? ORDER BY i.id")) {
      select.setLong(1, meetingId);
      List<TrackedItem> items = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          items.add(Rows.item(row));
        }
      }
      return items;
    }
  }

  /** Returns true when the update is a change people care about (not a mere move). */
  private boolean applyUpdate(long meetingId, ItemPlan.Update update, List<Owner> storedOwners)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "UPDATE items SET text = ?, owners = ?, due = ?, refs = ?, section = ?, line = ?"
                + " WHERE id = ?")) {
      bindContent(statement, 1, update.item());
      statement.setLong(7, update.id());
      statement.executeUpdate();
    }
    ItemOwnerTable.update(connection, update.id(), storedOwners, update.item().owners());
    if (!update.changes().isEmpty()) {
      Rows.history(
          connection, update.id(), at, ACTOR, "edited", String.join("; ", update.changes()));
      Rows.event(connection, StoreEvent.Kind.ITEM_CHANGED, meetingId, update.id(), at);
    }
    if (update.newStatus() != null) {
      setStatus(update.id(), update.newStatus());
      StoreEvent.Kind kind =
          update.newStatus() == ItemStatus.DONE
              ? StoreEvent.Kind.ITEM_DONE
              : StoreEvent.Kind.ITEM_REOPENED;
      Rows.history(
          connection,
          update.id(),
          at,
          ACTOR,
          update.newStatus().name().toLowerCase(),
          "from notes");
      Rows.event(connection, kind, meetingId, update.id(), at);
    }
    return !update.changes().isEmpty() || update.newStatus() != null;
  }

  static void bindContent(PreparedStatement statement, int first, ActionItem item)
      throws SQLException {
    statement.setString(first, item.text());
    statement.setString(first + 1, JsonColumns.write(item.owners()));
    statement.setString(first + 2, Rows.text(item.due()));
    statement.setString(first + 3, JsonColumns.write(item.refs()));
    statement.setString(first + 4, item.section());
    statement.setInt(first + 5, item.line());
  }

  private void setStatus(long id, ItemStatus status) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE items SET status = ?, status_changed_at = ? WHERE id = ?")) {
      update.setString(1, status.name());
      update.setLong(2, at.toEpochMilli());
      update.setLong(3, id);
      update.executeUpdate();
    }
  }
}
