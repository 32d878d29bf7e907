package dev.minutes.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The action and decision markers of a {@link ParseVocabulary}, compiled once: {@code TODO:},
 * {@code ACTION BW:}, {@code AI(JF):}, {@code Decision:}, {@code POLL:}.
 */
final class LineMarkers {
  private static final LineMarkers STANDARD = of(ParseVocabulary.standard());

  /** A marker, then an optional parenthesised owner list, then an optional colon or dash. */
  final Pattern action;

  /** A marker and its colon. */
  final Pattern decision;

  /** Words that open an outcome line without a colon ("Consensus on ..."), longest first. */
  final Pattern decisionOpener;

  /** A verb that opens a task with no owner named ("Talk offline about ..."). */
  final Pattern taskVerb;

  /** An action marker in brackets inside a line: "ZA presenting slides. [TODO: Add slides]". */
  final Pattern inlineAction;

  /**
   * The first word of every marker, lower case, by length: a line opening with another word skips
   * both patterns, and only words as long as the line's first are compared with it.
   */
  private final Map<Integer, List<String>> firstWords = new HashMap<>();

  private LineMarkers(ParseVocabulary vocabulary) {
    List<String> actions = vocabulary.list("action-markers");
    List<String> decisions = vocabulary.list("decision-markers");
    action =
        Pattern.compile(
            "^(?:" + alternatives(actions) + ")\\b\\s*(?:\\(([^)]{1,40})\\))?\\s*[:\\-–]?\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    decision =
        Pattern.compile(
            "^(?:" + alternatives(decisions) + ")\\s*:\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    decisionOpener =
        Pattern.compile(
            "^(?:" + alternatives(vocabulary.list("decision-openers")) + ")\\b[\\s,:]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    taskVerb =
        Pattern.compile(
            "^(?:" + alternatives(vocabulary.list("task-verbs")) + ")\\s+\\p{L}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    inlineAction =
        Pattern.compile(
            "\\[(?:" + alternatives(actions) + ")\\s*:\\s*(?<task>[^\\]]+)\\]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    for (String marker : actions) {
      addFirstWord(marker);
    }
    for (String marker : decisions) {
      addFirstWord(marker);
    }
  }

  static LineMarkers standard() {
    return STANDARD;
  }

  static LineMarkers of(ParseVocabulary vocabulary) {
    return vocabulary == ParseVocabulary.standard() && STANDARD != null
        ? STANDARD
        : new LineMarkers(vocabulary);
  }

  /**
   * Whether the letters the text starts with are the first word of a marker, in any case. Every
   * line is asked, so this compares in place rather than lower-casing a copy.
   */
  boolean mayOpenMarker(String text) {
    int end = 0;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    for (String word : firstWords.getOrDefault(end, List.of())) {
      if (text.regionMatches(true, 0, word, 0, end)) {
        return true;
      }
    }
    return false;
  }

  private void addFirstWord(String marker) {
    String word = firstWord(marker);
    if (word.isEmpty()) {
      return;
    }
    List<String> sameLength =
        firstWords.computeIfAbsent(word.length(), length -> new ArrayList<>());
    if (!sameLength.contains(word)) {
      sameLength.add(word);
    }
  }

  private static String firstWord(String marker) {
    int end = 0;
    while (end < marker.length() && Character.isLetter(marker.charAt(end))) {
      end++;
    }
    return marker.substring(0, end).toLowerCase(Locale.ROOT);
  }

  /** The markers as regex alternatives, longest first, spaces matching any whitespace. */
  private static String alternatives(List<String> markers) {
    List<String> sorted = new ArrayList<>(markers);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    List<String> quoted = new ArrayList<>();
    for (String marker : sorted) {
      List<String> words = new ArrayList<>();
      for (String word : marker.strip().split("\\s+")) {
        words.add(Pattern.quote(word));
      }
      quoted.add(String.join("\\s+", words));
    }
    return quoted.isEmpty() ? "(?!)" : String.join("|", quoted);
  }
}
