package dev.minutes.store;

import dev.minutes.items.ItemFilter;
import dev.minutes.items.ItemHistoryEntry;
import dev.minutes.items.ItemListing;
import dev.minutes.items.ItemStatus;
import dev.minutes.items.Items;
import dev.minutes.items.ListedItem;
import dev.minutes.items.ListedLine;
import dev.minutes.items.ListingCount;
import dev.minutes.items.MeetingItems;
import dev.minutes.items.StoreEvent;
import dev.minutes.items.TrackedItem;
import dev.minutes.notes.Owner;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/** The items table: reads, status changes and snoozes, each with its history entry. */
final class JdbcItems implements Items {
  private final Database database;

  JdbcItems(Database database) {
    this.database = database;
  }

  @Override
  public List<TrackedItem> items(ItemFilter filter) {
    List<TrackedItem> items = new ArrayList<>();
    eachItem(filter, items::add);
    return items;
  }

  @Override
  public void eachItem(ItemFilter filter, Consumer<TrackedItem> action) {
    ItemQuery query = ItemQuery.of(filter);
    database.inTransaction(
        connection -> {
          try (PreparedStatement select =
              ListingReads.prepare(connection, query.sql(), query.parameters())) {
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                TrackedItem item = Rows.item(row);
                if (matchesExactly(item.teams(), item.owners(), filter)) {
                  action.accept(item);
                }
              }
            }
            return null;
          }
        });
  }

  @Override
  public ListingCount eachListed(
      ItemFilter filter, ItemListing listing, Consumer<ListedItem> action) {
    return listed(filter, listing, RowShape.ITEM, ListedItem::new, action);
  }

  @Override
  public ListingCount eachListedLine(
      ItemFilter filter, ItemListing listing, Consumer<ListedLine> action) {
    return listed(filter, listing, RowShape.LINE, ListedLine::new, action);
  }

  private <T, R> ListingCount listed(
      ItemFilter filter,
      ItemListing listing,
      RowShape<T> shape,
      BiFunction<T, Owner, R> listed,
      Consumer<R> action) {
    return database.inTransaction(
        connection ->
            ListingReads.each(
                connection, database.dialect(), filter, listing, shape, listed, action));
  }

  @Override
  public MeetingItems meetingItems(long meetingId) {
    return database.inTransaction(connection -> ReadQueries.meetingItems(connection, meetingId));
  }

  @Override
  public List<TrackedItem> digestItems(
      LocalDate firstDay, LocalDate lastDay, Instant since, Instant until, LocalDate dueBefore) {
    return database.inTransaction(
        connection ->
            DigestQueries.digestItems(connection, firstDay, lastDay, since, until, dueBefore));
  }

  @Override
  public int openItemsAt(Instant at, LocalDate firstDayNotBorn) {
    return database.inTransaction(
        connection -> DigestQueries.openItemsAt(connection, at, firstDayNotBorn));
  }

  @Override
  public Optional<TrackedItem> item(long id) {
    return database.inTransaction(connection -> findItem(connection, id));
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
  static void changeStatus(
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

  static Optional<TrackedItem> findItem(Connection connection, long id) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT " + Rows.ITEM_COLUMNS + Rows.ITEM_FROM + " WHERE i.id = ?")) {
      select.setLong(1, id);
      List<TrackedItem> found = collectItems(select);
      return found.stream().findFirst();
    }
  }

  static TrackedItem existing(Connection connection, long id) throws SQLException {
    return findItem(connection, id).orElseThrow(() -> Items.noSuchItem(id));
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

  /**
   * SQL narrows teams down by their JSON text and matches an item's owners through item_owners;
   * this is the exact match: one of the meeting's {@code teams}, and one of {@code owners} (the one
   * a row is listed under, which SQL cannot tell; for an item's own owners, the same answer as
   * SQL's, with the same folding).
   */
  static boolean matchesExactly(List<String> teams, List<Owner> owners, ItemFilter filter) {
    return (filter.team() == null || containsIgnoringCase(teams, filter.team()))
        && (filter.ownerPersons().isEmpty() || ownedBy(owners, filter));
  }

  private static boolean ownedBy(List<Owner> owners, ItemFilter filter) {
    for (Owner owner : owners) {
      for (String wanted : filter.ownerPersons()) {
        if (wanted.equalsIgnoreCase(owner.token())
            || (owner.person() != null && wanted.equalsIgnoreCase(owner.person()))) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean containsIgnoringCase(List<String> values, String wanted) {
    return values.stream().anyMatch(value -> value.equalsIgnoreCase(wanted));
  }
}
