package dev.minutes.store;

import dev.minutes.items.ItemFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The SQL that lists the items of an {@link ItemFilter}. Status and due date are plain columns
 * (indexed: V5); owners and teams are JSON lists, narrowed down portably with {@code LIKE} on their
 * lower-cased text, so only candidate rows leave the database and the caller makes the exact,
 * case-insensitive match. SQLite lower-cases ASCII only: every other character of a wanted name
 * becomes the one-character wildcard, which keeps the narrowing a superset on both databases.
 */
record ItemQuery(String sql, List<String> parameters) {

  static ItemQuery of(ItemFilter filter) {
    ItemQuery where = where(filter);
    return new ItemQuery(
        "SELECT " + Rows.ITEM_COLUMNS + Rows.ITEM_FROM + where.sql() + " ORDER BY i.id",
        where.parameters());
  }

  /** The filter's {@code WHERE} clause (empty when it keeps every item) and its parameters. */
  static ItemQuery where(ItemFilter filter) {
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
    if (!filter.ownerPersons().isEmpty()) {
      List<String> any = new ArrayList<>();
      for (String owner : filter.ownerPersons().stream().sorted().toList()) {
        any.add("LOWER(i.owners) LIKE ? ESCAPE '!'");
        parameters.add(jsonStringPattern(owner));
      }
      conditions.add("(" + String.join(" OR ", any) + ")");
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
