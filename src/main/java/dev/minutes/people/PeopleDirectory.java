package dev.minutes.people;

import dev.minutes.notes.MinutesException;
import dev.minutes.notes.Owner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The people a community's notes talk about, loaded from a YAML file ({@code notes/people.yaml}).
 * Finds a person by any spelling (name, initials, alias, GitHub login, Discord id), ignoring case
 * and diacritics. A spelling shared by two people finds nobody: the directory never guesses.
 */
public final class PeopleDirectory {
  private static final int MAX_FILE_BYTES = 1 << 20;

  private final List<Person> people;
  private final Map<String, List<Person>> bySpelling = new HashMap<>();

  private PeopleDirectory(List<Person> people) {
    this.people = List.copyOf(people);
    for (Person person : this.people) {
      for (String spelling : person.spellings()) {
        List<Person> found =
            bySpelling.computeIfAbsent(Names.fold(spelling), k -> new ArrayList<>());
        if (!found.contains(person)) {
          found.add(person);
        }
      }
    }
  }

  /** A directory that knows nobody. */
  public static PeopleDirectory empty() {
    return new PeopleDirectory(List.of());
  }

  /** A directory of the given people (for callers that build it in code, and for tests). */
  public static PeopleDirectory of(List<Person> people) {
    return new PeopleDirectory(people);
  }

  /**
   * Loads a people file: a top-level {@code people:} list of entries with {@code name} (required),
   * {@code initials}, {@code aliases} (string or list), {@code github}, {@code discord}.
   *
   * @throws MinutesException when the file cannot be read or is not such a list
   */
  public static PeopleDirectory load(Path yaml) {
    String where = yaml.toString();
    byte[] bytes;
    try {
      if (Files.size(yaml) > MAX_FILE_BYTES) {
        throw new MinutesException(where, "people file is larger than 1 MiB", null);
      }
      bytes = Files.readAllBytes(yaml);
    } catch (IOException e) {
      throw new MinutesException(
          where, "cannot read the people file: " + e.getMessage(), "check --people", e);
    }
    Object root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setMaxAliasesForCollections(20);
      options.setAllowDuplicateKeys(false);
      options.setCodePointLimit(MAX_FILE_BYTES);
      root = new Yaml(new SafeConstructor(options)).load(new String(bytes, StandardCharsets.UTF_8));
    } catch (YAMLException e) {
      throw new MinutesException(
          where, "the people file is not valid YAML: " + firstLine(e.getMessage()), null, e);
    }
    if (root == null) {
      return empty();
    }
    if (!(root instanceof Map<?, ?> map) || !(map.get("people") instanceof List<?> entries)) {
      throw new MinutesException(
          where, "expected a top-level 'people:' list", "see docs/readme/parse.md");
    }
    List<Person> people = new ArrayList<>();
    int index = 0;
    for (Object entry : entries) {
      index++;
      people.add(person(where + ": people[" + index + "]", entry));
    }
    return new PeopleDirectory(people);
  }

  private static Person person(String where, Object entry) {
    if (!(entry instanceof Map<?, ?> fields)) {
      throw new MinutesException(where, "expected a mapping with at least 'name'", null);
    }
    Object name = fields.get("name");
    if (name == null || name.toString().isBlank()) {
      throw new MinutesException(where, "'name' is missing", null);
    }
    return new Person(
        name.toString().strip(),
        strings(fields.get("initials")),
        strings(fields.get("aliases")),
        optional(fields.get("github")),
        optional(fields.get("discord")));
  }

  private static List<String> strings(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      return list.stream().filter(v -> v != null).map(v -> v.toString().strip()).toList();
    }
    return List.of(value.toString().split("\\s*,\\s*"));
  }

  private static String optional(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  /** The person a spelling denotes, or empty when none or more than one person has it. */
  /**
   * Every spelling an owner column may hold for the person {@code who} denotes (name, initials,
   * aliases, GitHub login), or {@code who} alone when the directory does not know it. The one
   * answer to "whose items are these" for the command line and the chat alike.
   */
  public Set<String> ownerSpellings(String who) {
    Set<String> spellings = new LinkedHashSet<>();
    spellings.add(who.replaceFirst("^@", ""));
    find(who)
        .ifPresent(
            person -> {
              spellings.add(person.name());
              spellings.addAll(person.initials());
              spellings.addAll(person.aliases());
              if (person.github() != null) {
                spellings.add(person.github());
              }
            });
    return Set.copyOf(spellings);
  }

  public Optional<Person> find(String who) {
    if (who == null) {
      return Optional.empty();
    }
    String spelling = who.startsWith("@") ? who.substring(1) : who;
    List<Person> found = bySpelling.getOrDefault(Names.fold(spelling), List.of());
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /**
   * The person an action item's owner denotes: by the name the parser resolved, else by the token
   * as written.
   */
  public Optional<Person> find(Owner owner) {
    Optional<Person> byName = find(owner.person());
    return byName.isPresent() ? byName : find(owner.token());
  }

  /** The name output uses for an owner: the directory's, else the parser's, else the token. */
  public String displayName(Owner owner) {
    return find(owner)
        .map(Person::name)
        .orElse(owner.person() != null ? owner.person() : owner.token());
  }

  /** Everyone in the directory, in file order. */
  public List<Person> people() {
    return people;
  }
}
