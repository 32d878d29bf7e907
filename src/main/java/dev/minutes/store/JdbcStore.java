package dev.minutes.store;

import dev.minutes.notes.Meeting;
import dev.minutes.notes.Owner;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The {@link Store} on a JDBC {@link Database}: SQLite by default, PostgreSQL when shared. */
public final class JdbcStore implements Store {
  private final Database database;

  public JdbcStore(Database database) {
    this.database = database;
  }

  @Override
  public IngestOutcome ingest(
      Meeting meeting, String contentHash, ItemPlanner planner, Instant at, boolean dryRun) {
    try {
      return database.inTransaction(
          connection -> {
            IngestOutcome outcome =
                new MeetingWriter(connection, database.dialect(), at)
                    .write(meeting, contentHash, planner);
            if (dryRun) {
              throw new DryRunRollback(outcome);
            }
            return outcome;
          });
    } catch (DryRunRollback rolledBack) {
      return rolledBack.outcome;
    }
  }

  @Override
  public Optional<String> contentHash(String source) {
    return database.inTransaction(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement("SELECT content_hash FROM meetings WHERE source = ?")) {
            select.setString(1, source);
            try (ResultSet row = select.executeQuery()) {
              return row.next() && !row.getString(1).isEmpty()
                  ? Optional.of(row.getString(1))
                  : Optional.empty();
            }
          }
        });
  }

  @Override
  public List<TrackedItem> items(ItemFilter filter) {
    StringBuilder sql = new StringBuilder("SELECT " + Rows.ITEM_COLUMNS + Rows.ITEM_FROM);
    List<String> parameters = new ArrayList<>();
    List<String> conditions = new ArrayList<>();
    if (!filter.statuses().isEmpty()) {
      conditions.add(
          "i.status IN ("
              + filter.statuses().stream().map(s -> "?").collect(Collectors.joining(", "))
              + ")");
      filter.statuses().stream().map(Enum::name).sorted().forEach(parameters::add);
    }
    if (filter.overdueOn() != null) {
      conditions.add("i.status = 'OPEN' AND i.due IS NOT NULL AND i.due < ?");
      parameters.add(filter.overdueOn().toString());
    }
    if (!conditions.isEmpty()) {
      sql.append(" WHERE ").append(String.join(" AND ", conditions));
    }
    sql.append(" ORDER BY i.id");
    List<TrackedItem> items =
        database.inTransaction(
            connection -> {
              try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                  select.setString(i + 1, parameters.get(i));
                }
                return collectItems(select);
              }
            });
    // Owners and teams are JSON lists: filter them here rather than in vendor-specific SQL.
    return items.stream()
        .filter(item -> filter.team() == null || containsIgnoringCase(item.teams(), filter.team()))
        .filter(item -> filter.ownerPersons().isEmpty() || ownedBy(item, filter))
        .toList();
  }

  @Override
  public Optional<TrackedItem> item(long id) {
    return database.inTransaction(connection -> findItem(connection, id));
  }

  @Override
  public List<StoredMeeting> meetings(String team) {
    List<StoredMeeting> meetings =
        database.inTransaction(
            connection -> {
              try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT "
                          + Rows.MEETING_COLUMNS
                          + " FROM meetings WHERE content_hash <> ''"
                          + " ORDER BY meeting_date DESC, source")) {
                List<StoredMeeting> all = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                  while (row.next()) {
                    all.add(Rows.meeting(row));
                  }
                }
                return all;
              }
            });
    return meetings.stream()
        .filter(meeting -> team == null || containsIgnoringCase(meeting.teams(), team))
        .toList();
  }

  @Override
  public Optional<StoredMeeting> meeting(long id) {
    return database.inTransaction(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT " + Rows.MEETING_COLUMNS + " FROM meetings WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
              return row.next() ? Optional.of(Rows.meeting(row)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public List<ItemHistoryEntry> history(long itemId) {
    return database.inTransaction(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT changed_at, actor, change_kind, detail FROM item_history"
                      + " WHERE item_id = ? ORDER BY changed_at")) {
            select.setLong(1, itemId);
            List<ItemHistoryEntry> entries = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                entries.add(
                    new ItemHistoryEntry(
                        itemId,
                        Rows.instant(row, 1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4)));
              }
            }
            return entries;
          }
        });
  }

  @Override
  public TrackedItem setStatus(long id, ItemStatus status, String actor, Instant at) {
    return database.inTransaction(
        connection -> {
          TrackedItem item = existing(connection, id);
          if (item.status() == status) {
            return item;
          }
          changeStatus(connection, item, status, actor, at);
          return existing(connection, id);
        });
  }

  /** A status change with its history entry and outbox event. */
  private static void changeStatus(
      Connection connection, TrackedItem item, ItemStatus status, String actor, Instant at)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE items SET status = ?, status_changed_at = ? WHERE id = ?")) {
      update.setString(1, status.name());
      update.setLong(2, at.toEpochMilli());
      update.setLong(3, item.id());
      update.executeUpdate();
    }
    Rows.history(connection, item.id(), at, actor, status.name().toLowerCase(Locale.ROOT), null);
    StoreEvent.Kind kind =
        switch (status) {
          case DONE -> StoreEvent.Kind.ITEM_DONE;
          case OPEN -> StoreEvent.Kind.ITEM_REOPENED;
          case REMOVED -> StoreEvent.Kind.ITEM_REMOVED;
        };
    Rows.event(connection, kind, item.meetingId(), item.id(), at);
  }

  @Override
  public TrackedItem snooze(long id, Instant until, String actor, Instant at) {
    return database.inTransaction(
        connection -> {
          existing(connection, id);
          try (PreparedStatement update =
              connection.prepareStatement("UPDATE items SET snoozed_until = ? WHERE id = ?")) {
            Rows.setNullableLong(update, 1, until == null ? null : until.toEpochMilli());
            update.setLong(2, id);
            update.executeUpdate();
          }
          Rows.history(
              connection, id, at, actor, "snoozed", until == null ? null : until.toString());
          return existing(connection, id);
        });
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

  @Override
  public boolean claimEffect(String key, Instant at) {
    return database.inTransaction(
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO side_effects (effect_key, claimed_at) VALUES (?, ?)"
                      + " ON CONFLICT (effect_key) DO NOTHING")) {
            insert.setString(1, key);
            insert.setLong(2, at.toEpochMilli());
            return insert.executeUpdate() == 1;
          }
        });
  }

  @Override
  public void completeEffect(String key, String externalRef, Instant at) {
    database.inTransaction(
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE side_effects SET completed_at = ?, external_ref = ? WHERE effect_key = ?")) {
            update.setLong(1, at.toEpochMilli());
            update.setString(2, externalRef);
            update.setString(3, key);
            if (update.executeUpdate() != 1) {
              throw new IllegalStateException("effect " + key + " was never claimed");
            }
          }
          return null;
        });
  }

  @Override
  public void releaseEffect(String key) {
    database.inTransaction(
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement(
                  "DELETE FROM side_effects WHERE effect_key = ? AND completed_at IS NULL")) {
            delete.setString(1, key);
            delete.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public Optional<Effect> effect(String key) {
    return database.inTransaction(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT claimed_at, completed_at, external_ref FROM side_effects"
                      + " WHERE effect_key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
              if (!row.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new Effect(key, Rows.instant(row, 1), Rows.instant(row, 2), row.getString(3)));
            }
          }
        });
  }

  @Override
  public boolean reclaimStaleEffect(String key, Instant claimedBefore, Instant at) {
    return database.inTransaction(
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE side_effects SET claimed_at = ? WHERE effect_key = ?"
                      + " AND completed_at IS NULL AND claimed_at < ?")) {
            update.setLong(1, at.toEpochMilli());
            update.setString(2, key);
            update.setLong(3, claimedBefore.toEpochMilli());
            return update.executeUpdate() == 1;
          }
        });
  }

  @Override
  public void linkIssue(IssueLink link, String effectKey, Instant at) {
    database.inTransaction(
        connection -> {
          existing(connection, link.itemId());
          IssueLinkTable.insert(connection, link, at);
          if (IssueLinkTable.syncedUntil(connection, link.repo()).isEmpty()) {
            // Sync starts from the first link: nothing before it can concern a linked item.
            IssueLinkTable.setSyncedUntil(connection, link.repo(), at.minusSeconds(60));
          }
          if (effectKey != null) {
            try (PreparedStatement complete =
                connection.prepareStatement(
                    "UPDATE side_effects SET completed_at = ?, external_ref = ?"
                        + " WHERE effect_key = ?")) {
              complete.setLong(1, at.toEpochMilli());
              complete.setString(2, link.url());
              complete.setString(3, effectKey);
              complete.executeUpdate();
            }
          }
          Rows.history(connection, link.itemId(), at, "github", "linked", link.url());
          return null;
        });
  }

  @Override
  public Optional<IssueLink> issueLink(long itemId) {
    return database.inTransaction(connection -> IssueLinkTable.find(connection, itemId));
  }

  @Override
  public List<IssueLink> issueLinks() {
    return database.inTransaction(IssueLinkTable::all);
  }

  @Override
  public void recordIssueState(IssueLink link, IssueLink.State state, String actor, Instant at) {
    database.inTransaction(
        connection -> {
          IssueLinkTable.setState(connection, link.itemId(), state);
          TrackedItem item = existing(connection, link.itemId());
          if (state == IssueLink.State.CLOSED && item.status() == ItemStatus.OPEN) {
            changeStatus(connection, item, ItemStatus.DONE, actor, at);
          } else if (state == IssueLink.State.OPEN && item.status() == ItemStatus.DONE) {
            changeStatus(connection, item, ItemStatus.OPEN, actor, at);
          }
          return null;
        });
  }

  @Override
  public Optional<Instant> syncedUntil(String repo) {
    return database.inTransaction(connection -> IssueLinkTable.syncedUntil(connection, repo));
  }

  @Override
  public void setSyncedUntil(String repo, Instant until) {
    database.inTransaction(
        connection -> {
          IssueLinkTable.setSyncedUntil(connection, repo, until);
          return null;
        });
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

  @Override
  public void close() {
    database.close();
  }

  private static Optional<TrackedItem> findItem(Connection connection, long id)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT " + Rows.ITEM_COLUMNS + Rows.ITEM_FROM + " WHERE i.id = ?")) {
      select.setLong(1, id);
      List<TrackedItem> found = collectItems(select);
      return found.stream().findFirst();
    }
  }

  private static TrackedItem existing(Connection connection, long id) throws SQLException {
    return findItem(connection, id).orElseThrow(() -> Store.noSuchItem(id));
  }

  private static List<TrackedItem> collectItems(PreparedStatement select) throws SQLException {
    List<TrackedItem> items = new ArrayList<>();
    try (ResultSet row = select.executeQuery()) {
      while (row.next()) {
        items.add(Rows.item(row));
      }
    }
    return items;
  }

  private static boolean ownedBy(TrackedItem item, ItemFilter filter) {
    for (Owner owner : item.owners()) {
      for (String wanted : filter.ownerPersons()) {
        if (wanted.equalsIgnoreCase(owner.token())
            || (owner.person() != null && wanted.equalsIgnoreCase(owner.person()))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean containsIgnoringCase(List<String> values, String wanted) {
    return values.stream().anyMatch(value -> value.equalsIgnoreCase(wanted));
  }

  /** Carries a dry run's outcome out of the transaction it rolls back. */
  private static final class DryRunRollback extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient IngestOutcome outcome;

    DryRunRollback(IngestOutcome outcome) {
      super("dry run", null, false, false);
      this.outcome = outcome;
    }
  }
}
