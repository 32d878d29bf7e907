package dev.minutes.store;

import dev.minutes.items.ItemFilter;
import dev.minutes.items.ItemListing;
import dev.minutes.items.ListingCount;
import dev.minutes.notes.Owner;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/** Runs a {@link ListingQuery}: rows handed over as they are read, then the count. */
final class ListingReads {
  private ListingReads() {}

  /**
   * Reads each row in {@code shape}, hands it to {@code action} as {@code listed} makes it of the
   * value and the owner it is listed under, and returns the count.
   */
  static <T, R> ListingCount each(
      Connection connection,
      Dialect dialect,
      ItemFilter filter,
      ItemListing listing,
      RowShape<T> shape,
      BiFunction<T, Owner, R> listed,
      Consumer<R> action)
      throws SQLException {
    ListingQuery query = ListingQuery.of(filter, listing, dialect, shape);
    long listedRows = 0;
    long matched = 0;
    ColumnReads reads = new ColumnReads(dialect, filter.statuses());
    try (PreparedStatement select = prepare(connection, query.sql(), query.parameters());
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        T value = shape.reader().read(row, reads);
        Owner groupOwner = groupOwner(row, query);
        if (query.exactInJava()
            && !matches(row, query, shape.owners().apply(value), groupOwner, filter)) {
          continue;
        }
        matched++;
        if (listing.limit() == 0 || listedRows < listing.limit()) {
          action.accept(listed.apply(value, groupOwner));
          listedRows++;
        }
      }
    }
    if (query.exactInJava() || listing.limit() == 0 || listedRows < listing.limit()) {
      return new ListingCount(listedRows, matched);
    }
    try (PreparedStatement count = prepare(connection, query.countSql(), query.countParameters());
        ResultSet row = count.executeQuery()) {
      row.next();
      return new ListingCount(listedRows, row.getLong(1));
    }
  }

  /** The owner a row is listed under when grouping by owner; null otherwise and for no owner. */
  private static Owner groupOwner(ResultSet row, ListingQuery query) throws SQLException {
    if (query.ownerTokenColumn() == 0) {
      return null;
    }
    String token = row.getString(query.ownerTokenColumn());
    return token == null ? null : new Owner(token, row.getString(query.ownerTokenColumn() + 1));
  }

  /** The exact match ({@link JdbcItems#matchesExactly}); a row under one owner is that owner's. */
  private static boolean matches(
      ResultSet row, ListingQuery query, List<Owner> owners, Owner groupOwner, ItemFilter filter)
      throws SQLException {
    List<String> teams =
        filter.team() == null ? List.of() : JsonColumns.strings(row.getString(query.teamsColumn()));
    return JdbcItems.matchesExactly(
        teams, groupOwner != null ? List.of(groupOwner) : owners, filter);
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
