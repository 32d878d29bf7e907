package dev.minutes.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attendee lists that give each person's abbreviation, which the notes then use as owner and
 * speaker: a table with a {@code Name} and an {@code Abbreviation} (or {@code Initials}) column, or
 * a line of {@code Name (INIT)} entries separated by commas (TC39's notes). The abbreviation makes
 * the mapping explicit, so {@code JF} resolves to {@code JF Bastien} without guessing.
 *
 * @param names the attendees' names, in order as written
 * @param aliases abbreviation to name
 */
record AttendeeKeys(List<String> names, Map<String, String> aliases) {
  /** How many lines of the body may pass before a keyed attendee list is no longer looked for. */
  private static final int TOP_LINES = 80;

  private static final Pattern KEYED_NAME =
      Pattern.compile(
          "^\\s*(?<name>[^,()]{2,60}?)\\s*\\((?<key>\\p{Lu}[\\p{Lu}\\p{Ll}]{0,4})\\)\\s*$");

  static final AttendeeKeys NONE = new AttendeeKeys(List.of(), Map.of());

  boolean isEmpty() {
    return names.isEmpty();
  }

  /** The first keyed attendee list near the top of the body, or {@link #NONE}. */
  static AttendeeKeys in(List<String> lines, int bodyStart) {
    int end = Math.min(lines.size(), bodyStart + TOP_LINES);
    for (int i = bodyStart; i < end; i++) {
      String line = lines.get(i);
      if (line.indexOf('|') >= 0) {
        AttendeeKeys table = table(lines, i);
        if (!table.isEmpty()) {
          return table;
        }
      } else if (line.indexOf('(') >= 0 && line.indexOf(',') >= 0) {
        AttendeeKeys keyed = keyedLine(line);
        if (!keyed.isEmpty()) {
          return keyed;
        }
      }
    }
    return NONE;
  }

  /** "John Neumann (JN), Allen Wirfs-Brock (AWB), ...": at least three keyed names. */
  private static AttendeeKeys keyedLine(String line) {
    List<String> names = new ArrayList<>();
    Map<String, String> aliases = new LinkedHashMap<>();
    String[] entries = line.split(",");
    for (String entry : entries) {
      Matcher keyed = KEYED_NAME.matcher(entry);
      if (keyed.matches()) {
        names.add(keyed.group("name").strip());
        aliases.putIfAbsent(keyed.group("key"), keyed.group("name").strip());
      }
    }
    // Most entries keyed: a list of people, not a sentence with a parenthesis in it.
    return names.size() >= 3 && names.size() * 2 > entries.length
        ? new AttendeeKeys(names, aliases)
        : NONE;
  }

  /** A Markdown table whose header has a Name and an Abbreviation or Initials column. */
  private static AttendeeKeys table(List<String> lines, int header) {
    List<String> cells = cells(lines.get(header));
    int name = -1;
    int key = -1;
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c).toLowerCase(Locale.ROOT);
      if (cell.equals("name")) {
        name = c;
      } else if (cell.startsWith("abbrev") || cell.equals("initials") || cell.equals("abbr")) {
        key = c;
      }
    }
    if (name < 0 || key < 0) {
      return NONE;
    }
    List<String> names = new ArrayList<>();
    Map<String, String> aliases = new LinkedHashMap<>();
    for (int i = header + 1; i < lines.size() && lines.get(i).indexOf('|') >= 0; i++) {
      List<String> row = cells(lines.get(i));
      if (row.size() <= Math.max(name, key) || row.get(name).matches("[-: ]*")) {
        continue;
      }
      names.add(row.get(name));
      if (!row.get(key).isEmpty()) {
        aliases.putIfAbsent(row.get(key), row.get(name));
      }
    }
    return new AttendeeKeys(names, aliases);
  }

  private static List<String> cells(String row) {
    String trimmed = row.strip();
    if (trimmed.startsWith("|")) {
      trimmed = trimmed.substring(1);
    }
    if (trimmed.endsWith("|")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    List<String> cells = new ArrayList<>();
    for (String cell : trimmed.split("\\|", -1)) {
      cells.add(cell.strip());
    }
    return cells;
  }
}
