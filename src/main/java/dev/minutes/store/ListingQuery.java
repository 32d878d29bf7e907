package dev.minutes.store;

import dev.minutes.items.ItemFilter;
import dev.minutes.items.ItemListing;
import dev.minutes.items.ItemListing.Grouping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SQL of an ordered, grouped and limited listing ({@link ItemListing}) and of its count. Owners
 * are a JSON list: grouping by owner joins the list's elements (SQLite's {@code json_each},
 * PostgreSQL's {@code jsonb_array_elements}), one row per owner; ordering by owner reads the first
 * element. The owner's name is the one the parser resolved, else the token as written.
 *
 * <p>A team filter, and an owner filter of a listing grouped by owner (whose rows are each one
 * owner's), are narrowed by SQL but matched exactly by the caller ({@link ItemQuery}): such a
 * listing is read whole, in order, and cut and counted as it streams; any other is cut by {@code
 * LIMIT} and counted by {@code COUNT(*)}.
 */
record ListingQuery(
    String sql,
    List<String> parameters,
    String countSql,
    List<String> countParameters,
    boolean exactInJava,
    int ownerTokenColumn,
    int teamsColumn) {

  /**
   * The listing's SQL: the row's {@code shape} columns, then, grouped by owner, the owner's token
   * and resolved name ({@link #ownerTokenColumn} and the next), then, with a team filter, the
   * meeting's teams ({@link #teamsColumn}) for the exact team match. Columns a listing does not
   * read are left out: the owner columns cost a JSON extraction per row, and every column selected
   * is carried through the sort.
   */
  static ListingQuery of(
      ItemFilter filter, ItemListing listing, Dialect dialect, RowShape<?> shape) {
    ItemQuery where = ItemQuery.where(filter);
    boolean perOwner = listing.grouping() == Grouping.OWNER;
    String token;
    String person;
    String join = "";
    if (perOwner) {
      join =
          dialect == Dialect.SQLITE
              ? " LEFT JOIN json_each(i.owners) o"
              : " LEFT JOIN LATERAL jsonb_array_elements(CAST(i.owners AS jsonb)) o ON TRUE";
      token = element(dialect, "o", "token");
      person = element(dialect, "o", "person");
    } else {
      token = firstOwner(dialect, "token");
      person = firstOwner(dialect, "person");
    }
    List<String> keyParameters = new ArrayList<>();
    String ownerKey = ownerKey("COALESCE(" + person + ", " + token + ")", listing, keyParameters);
    // The ORDER BY's own parameters, in the order its terms use them.
    List<String> orderParameters = new ArrayList<>();
    List<String> order = new ArrayList<>();
    switch (listing.grouping()) {
      case OWNER -> orderByOwner(ownerKey, keyParameters, order, orderParameters);
      case MEETING -> {
        order.add("(m.meeting_date IS NULL)");
        order.add("m.meeting_date DESC");
        order.add("m.id DESC");
      }
      case NONE -> {}
    }
    switch (listing.order()) {
      case DUE -> order.add(nullsLast("i.due"));
      case OWNER -> orderByOwner(ownerKey, keyParameters, order, orderParameters);
      case AGE -> {
        order.add(nullsLast("m.meeting_date"));
        order.add("i.created_at");
      }
      case NUMBER -> {}
    }
    order.add("i.id");
    // An item's owners match in SQL; a row listed under one owner must match as that owner.
    boolean exactInJava = filter.team() != null || (perOwner && !filter.ownerPersons().isEmpty());
    String from = Rows.ITEM_FROM + join + where.sql();
    int ownerTokenColumn = perOwner ? shape.columnCount() + 1 : 0;
    String sql =
        "SELECT "
            + shape.columns()
            + (perOwner ? ", " + token + ", " + person : "")
            + (filter.team() != null ? ", m.teams" : "")
            + from
            + " ORDER BY "
            + String.join(", ", order)
            + (listing.limit() > 0 && !exactInJava ? " LIMIT " + listing.limit() : "");
    List<String> parameters = new ArrayList<>(where.parameters());
    parameters.addAll(orderParameters);
    return new ListingQuery(
        sql,
        List.copyOf(parameters),
        "SELECT COUNT(*)" + from,
        where.parameters(),
        exactInJava,
        ownerTokenColumn,
        shape.columnCount() + (perOwner ? 3 : 1));
  }

  /**
   * The key an owner sorts and groups under: the people directory's key for a known spelling, else
   * the lower-cased name. One {@code CASE} with a parameter pair per spelling; none without a
   * directory.
   */
  private static String ownerKey(String name, ItemListing listing, List<String> parameters) {
    if (listing.ownerKeys().isEmpty()) {
      return "LOWER(" + name + ")";
    }
    StringBuilder sql = new StringBuilder("(CASE ").append(name);
    listing.ownerKeys().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            entry -> {
              sql.append(" WHEN ? THEN ?");
              parameters.add(entry.getKey());
              parameters.add(entry.getValue());
            });
    return sql.append(" ELSE LOWER(").append(name).append(") END)").toString();
  }

  /**
   * Orders by the owner key, nulls last: the key is written twice, with its parameters each time.
   */
  private static void orderByOwner(
      String ownerKey, List<String> keyParameters, List<String> order, List<String> parameters) {
    order.add(nullsLast(ownerKey));
    parameters.addAll(keyParameters);
    parameters.addAll(keyParameters);
  }

  /**
   * {@code expression}, then its nulls: the rows that have no value come last on both databases.
   */
  private static String nullsLast(String expression) {
    return "(" + expression + " IS NULL), " + expression;
  }

  private static String element(Dialect dialect, String alias, String field) {
    return dialect == Dialect.SQLITE
        ? "json_extract(" + alias + ".value, '$." + field + "')"
        : alias + " ->> '" + field + "'";
  }

  private static String firstOwner(Dialect dialect, String field) {
    return dialect == Dialect.SQLITE
        ? "json_extract(i.owners, '$[0]." + field + "')"
        : "(CAST(i.owners AS jsonb) -> 0 ->> '" + field + "')";
  }
}
