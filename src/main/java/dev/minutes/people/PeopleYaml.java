package dev.minutes.people;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes people entries in the format {@link PeopleDirectory#load} reads (the shipped {@code
 * people.yaml}), each with a comment that says the evidence. Names from notes are data: anything
 * that is not a plain name is written as a double-quoted YAML string.
 */
public final class PeopleYaml {
  private static final Pattern PLAIN = Pattern.compile("[\\p{L}][\\p{L}\\p{M}\\p{N} ._'’-]*");
  private static final Set<String> RESERVED =
      Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null", "~");
  private static final int MEETINGS_SHOWN = 3;

  private PeopleYaml() {}

  /** The file's header and its {@code people:} key. */
  public static String header(String source) {
    return "# People directory drafted by 'minutes people suggest' from "
        + source
        + ".\n"
        + "# Check each entry: merged spellings are a guess from the evidence in its comment.\n"
        + "# Each entry: name, initials (owner tokens), aliases (other spellings), github, discord.\n"
        + "people:\n";
  }

  /** One list entry, two-space indented, with its evidence comment. */
  public static String entry(SuggestedPerson person) {
    StringBuilder yaml = new StringBuilder();
    yaml.append("  # ").append(evidence(person)).append('\n');
    yaml.append("  - name: ").append(scalar(person.name())).append('\n');
    yaml.append("    initials: ").append(list(person.initials())).append('\n');
    yaml.append("    aliases: ").append(list(person.aliases())).append('\n');
    yaml.append("    github: null   # unknown\n");
    yaml.append("    discord: null  # unknown\n");
    return yaml.toString();
  }

  /** How many items, in how many meetings (the first few named), and each spelling's count. */
  static String evidence(SuggestedPerson person) {
    List<String> meetings = person.meetings();
    String shown = meetings.stream().limit(MEETINGS_SHOWN).collect(Collectors.joining(", "));
    String spellings =
        person.spellings().entrySet().stream()
            .sorted((a, b) -> b.getValue() - a.getValue())
            .map(e -> e.getKey() + " ×" + e.getValue())
            .collect(Collectors.joining(", "));
    return String.format(
            Locale.ROOT,
            "%d item%s in %d meeting%s (%s%s); seen as %s",
            person.items(),
            person.items() == 1 ? "" : "s",
            meetings.size(),
            meetings.size() == 1 ? "" : "s",
            shown,
            meetings.size() > MEETINGS_SHOWN ? ", …" : "",
            spellings)
        .replaceAll("\\p{Cntrl}", " ");
  }

  private static String list(List<String> values) {
    return values.stream().map(PeopleYaml::scalar).collect(Collectors.joining(", ", "[", "]"));
  }

  static String scalar(String value) {
    if (PLAIN.matcher(value).matches()
        && !RESERVED.contains(value.toLowerCase(Locale.ROOT))
        && !value.endsWith(" ")
        && !value.contains(" #")) {
      return value;
    }
    StringBuilder quoted = new StringBuilder("\"");
    value
        .codePoints()
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                quoted.append('\\').append((char) c);
              } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                quoted.append(String.format(Locale.ROOT, "\\x%02x", c));
              } else {
                quoted.appendCodePoint(c);
              }
            });
    return quoted.append('"').toString();
  }
}
