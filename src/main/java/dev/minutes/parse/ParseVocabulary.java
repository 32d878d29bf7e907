package dev.minutes.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The words the parser knows, as data: section headings by role, line markers for actions and
 * decisions, and words that open an outcome line. The shipped lists are {@code
 * vocabulary.properties} next to this class; a community adds its own words with {@link #with}
 * (from {@code parse.<key>} configuration keys). Immutable.
 */
public final class ParseVocabulary {
  /** Every list the vocabulary has, in the order headings are matched. */
  public static final List<String> KEYS =
      List.of(
          "not-agenda-headings",
          "action-headings",
          "decision-headings",
          "agenda-headings",
          "attendee-headings",
          "discussion-headings",
          "action-markers",
          "decision-markers",
          "decision-openers",
          "task-verbs");

  private static final ParseVocabulary STANDARD = load();

  private final Map<String, List<String>> lists;

  private ParseVocabulary(Map<String, List<String>> lists) {
    this.lists = lists;
  }

  /** The vocabulary shipped with the parser. */
  public static ParseVocabulary standard() {
    return STANDARD;
  }

  /**
   * This vocabulary with {@code entries} added to the list {@code key}.
   *
   * @throws IllegalArgumentException when {@code key} is not one of {@link #KEYS}
   */
  public ParseVocabulary with(String key, List<String> entries) {
    if (!lists.containsKey(key)) {
      throw new IllegalArgumentException(
          "unknown vocabulary list '" + key + "'; known: " + String.join(", ", KEYS));
    }
    Map<String, List<String>> copy = new LinkedHashMap<>(lists);
    List<String> list = new ArrayList<>(lists.get(key));
    for (String entry : entries) {
      if (!entry.isBlank() && !list.contains(entry.strip())) {
        list.add(entry.strip());
      }
    }
    copy.put(key, List.copyOf(list));
    return new ParseVocabulary(copy);
  }

  /** The entries of one list, in order. */
  public List<String> list(String key) {
    List<String> list = lists.get(key);
    if (list == null) {
      throw new IllegalArgumentException("unknown vocabulary list '" + key + "'");
    }
    return list;
  }

  private static ParseVocabulary load() {
    Properties properties = new Properties();
    try (InputStream in = ParseVocabulary.class.getResourceAsStream("vocabulary.properties")) {
      if (in == null) {
        throw new IllegalStateException("vocabulary.properties is missing from the jar");
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, List<String>> lists = new LinkedHashMap<>();
    for (String key : KEYS) {
      List<String> list = new ArrayList<>();
      for (String entry : properties.getProperty(key, "").split(",")) {
        if (!entry.isBlank()) {
          list.add(entry.strip());
        }
      }
      lists.put(key, List.copyOf(list));
    }
    return new ParseVocabulary(lists);
  }
}
