package dev.minutes.store;

import dev.minutes.items.ItemFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SQL that lists the items of an {@link ItemFilter}. Status and due date are plain columns
 * (indexed: V5). Owners are matched exactly through item_owners ({@link OwnerKeys}, V17.4), whose
 * ids the query starts from, so an owner's listing reads only that owner's items. Teams are a JSON
 * list, narrowed down portably with {@code LIKE} on its lower-cased text, so only candidate rows
 * leave the database and the caller makes the exact, case-insensitive match. SQLite lower-cases
 * ASCII only: every other character of a wanted team becomes the one-character wildcard, which
 * keeps the narrowing a superset on both databases.
 */
record ItemQuery(String sql, List<String> parameters) {

  static ItemQuery of(ItemFilter filter) {
    ItemQuery where = where(filter);
    return new ItemQuery(
        "SELECT " + Rows.ITEM_COLUMNS + Rows.ITEM_FROM + where.sql() + " ORDER BY i.id",
        where.parameters());
  }

  /**
   * The filter's {@code WHERE} clause after {@link Rows#ITEM_FROM} (empty when it keeps every item)
   * and its parameters.
   */
  static ItemQuery where(ItemFilter filter) {
    List<String> parameters = new ArrayList<>();
    List<String> conditions = new ArrayList<>();
    boolean byOwner = !filter.ownerPersons().isEmpty();
    if (byOwner) {
      // IN, not a join: an item owned under two of the wanted spellings (RD and RăzvanD) is one
      // row, and SQLite walks the list's ids in order, so listing by number needs no sort.
      Set<String> keys = OwnerKeys.ofNames(filter.ownerPersons());
      conditions.add(
          "i.id IN (SELECT io.item_id FROM item_owners io WHERE io.owner_key IN ("
              + keys.stream().map(k -> "?").collect(Collectors.joining(", "))
              + "))");
      parameters.addAll(keys);
    }
    if (!filter.statuses().isEmpty()) {
      // With an owner, the owner's ids are the narrow start; "|| ''" keeps SQLite's planner, which
      // has no statistics, from starting at the status index over every open item instead.
      conditions.add(
          (byOwner ? "i.status || ''" : "i.status")
              + " IN ("
              + filter.statuses().stream().map(s -> "?").collect(Collectors.joining(", "))
              + ")");
      filter.statuses().stream().map(Enum::name).sorted().forEach(parameters::add);
    }
    if (filter.overdueOn() != null) {
      conditions.add("i.status = 'OPEN' AND i.due IS NOT NULL AND i.due < ?");
      parameters.add(filter.overdueOn().toString());
    }
    if (filter.team() != null) {
      conditions.add("LOWER(m.teams) LIKE ? ESCAPE '!'");
      parameters.add(jsonStringPattern(filter.team()));
    }
    String sql = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    return new ItemQuery(sql, List.copyOf(parameters));
  }

  /** A LIKE pattern matching {@code value} as a whole JSON string anywhere in a JSON text. */
  static String jsonStringPattern(String value) {
    String json = JsonColumns.write(List.of(value.toLowerCase(Locale.ROOT)));
    String quoted = json.substring(1, json.length() - 1); // "value", escaped as JSON writes it
    StringBuilder pattern = new StringBuilder("%");
    // Code points, not chars: the databases count a character outside the BMP as one.
    quoted
        .codePoints()
        .forEach(
            c -> {
              if (c == '%' || c == '_' || c == '!') {
                pattern.append('!').append((char) c);
              } else {
                pattern.append(c < 128 ? (char) c : '_');
              }
            });
    return pattern.append('%').toString();
  }
}
