package dev.minutes.store;

import dev.minutes.items.ItemFilter;
import dev.minutes.items.ItemListing;
import dev.minutes.items.ListedItem;
import dev.minutes.items.ListingCount;
import dev.minutes.items.TrackedItem;
import dev.minutes.notes.Owner;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/** Runs a {@link ListingQuery}: rows handed over as they are read, then the count. */
final class ListingReads {
  private ListingReads() {}

  static ListingCount each(
      Connection connection,
      Dialect dialect,
      ItemFilter filter,
      ItemListing listing,
      Consumer<ListedItem> action)
      throws SQLException {
    ListingQuery query = ListingQuery.of(filter, listing, dialect);
    long listed = 0;
    long matched = 0;
    try (PreparedStatement select = prepare(connection, query.sql(), query.parameters());
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        ListedItem listedItem = listedItem(row, listing);
        if (query.exactInJava() && !matches(listedItem, filter)) {
          continue;
        }
        matched++;
        if (listing.limit() == 0 || listed < listing.limit()) {
          action.accept(listedItem);
          listed++;
        }
      }
    }
    if (query.exactInJava() || listing.limit() == 0 || listed < listing.limit()) {
      return new ListingCount(listed, matched);
    }
    try (PreparedStatement count = prepare(connection, query.countSql(), query.countParameters());
        ResultSet row = count.executeQuery()) {
      row.next();
      return new ListingCount(listed, row.getLong(1));
    }
  }

  private static ListedItem listedItem(ResultSet row, ItemListing listing) throws SQLException {
    TrackedItem item = Rows.item(row);
    String token = row.getString(ListingQuery.OWNER_TOKEN_COLUMN);
    if (listing.grouping() != ItemListing.Grouping.OWNER || token == null) {
      return new ListedItem(item, null);
    }
    return new ListedItem(
        item, new Owner(token, row.getString(ListingQuery.OWNER_TOKEN_COLUMN + 1)));
  }

  /** The exact match ({@link JdbcItems#matchesExactly}); a row under one owner is that owner's. */
  private static boolean matches(ListedItem row, ItemFilter filter) {
    TrackedItem item = row.item();
    return JdbcItems.matchesExactly(
        item, row.groupOwner() != null ? List.of(row.groupOwner()) : item.owners(), filter);
  }

  static PreparedStatement prepare(Connection connection, String sql, List<String> parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.size(); i++) {
      statement.setString(i + 1, parameters.get(i));
    }
    return statement;
  }
}
