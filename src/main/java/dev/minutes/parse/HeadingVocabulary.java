package dev.minutes.parse;

import dev.minutes.people.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells the role of a heading from a vocabulary kept as data ({@link ParseVocabulary}), so teaching
 * the parser a new community's headings is a one-line change, not code.
 */
final class HeadingVocabulary {
  private static final Pattern SHORTCODE = Pattern.compile(":[a-z0-9_+-]+:");
  private static final Pattern SYMBOLS = Pattern.compile("[\\p{So}\\p{Cn}]");

  /** The heading lists of {@link ParseVocabulary}, in the order a heading is matched. */
  private static final Map<String, SectionRole> ROLES = new LinkedHashMap<>();

  static {
    ROLES.put("not-agenda-headings", SectionRole.NEXT_AGENDA);
    ROLES.put("action-headings", SectionRole.ACTIONS);
    ROLES.put("decision-headings", SectionRole.DECISIONS);
    ROLES.put("agenda-headings", SectionRole.AGENDA);
    ROLES.put("attendee-headings", SectionRole.ATTENDEES);
    ROLES.put("discussion-headings", SectionRole.DISCUSSION);
  }

  private final Map<SectionRole, List<String>> phrases;

  /** Each phrase's role, the first in vocabulary order when two share it: for exact lookups. */
  private final Map<String, SectionRole> roleByPhrase = new HashMap<>();

  /** Letters and digits of the longest phrase; a label with more cannot be one of them. */
  private final int longestPhrase;

  /**
   * Answers already given: every note of a community repeats the template's headings, and the shape
   * of the notes and the walk through them ask about each heading more than once.
   */
  private final BoundedMemo<String, Optional<SectionRole>> headingRoles =
      new BoundedMemo<>(this::findRole, BoundedMemo.DISTINCT_TEXTS);

  private final BoundedMemo<String, Optional<SectionRole>> labelRoles =
      new BoundedMemo<>(this::findExactRole, BoundedMemo.DISTINCT_TEXTS);

  private static final BoundedMemo<String, String> DISPLAYED =
      new BoundedMemo<>(HeadingVocabulary::displayOnce, BoundedMemo.DISTINCT_TEXTS);

  private HeadingVocabulary(Map<SectionRole, List<String>> phrases) {
    this.phrases = phrases;
    phrases.forEach((role, list) -> list.forEach(phrase -> roleByPhrase.putIfAbsent(phrase, role)));
    this.longestPhrase =
        phrases.values().stream()
            .flatMap(List::stream)
            .mapToInt(phrase -> lettersAndDigits(phrase, 0, phrase.length(), Integer.MAX_VALUE))
            .max()
            .orElse(0);
  }

  /** The heading lists of a parse vocabulary, each with its section role. */
  static HeadingVocabulary of(ParseVocabulary vocabulary) {
    Map<SectionRole, List<String>> phrases = new LinkedHashMap<>();
    ROLES.forEach(
        (key, role) -> {
          List<String> list = new ArrayList<>();
          for (String phrase : vocabulary.list(key)) {
            list.add(" " + normalise(phrase) + " ");
          }
          phrases.put(role, List.copyOf(list));
        });
    return new HeadingVocabulary(phrases);
  }

  /** The role of a heading, or empty when the vocabulary does not know it. */
  Optional<SectionRole> roleOf(String heading) {
    return headingRoles.apply(heading);
  }

  private Optional<SectionRole> findRole(String heading) {
    String text = " " + normalise(heading) + " ";
    for (Map.Entry<SectionRole, List<String>> entry : phrases.entrySet()) {
      for (String phrase : entry.getValue()) {
        if (text.contains(phrase)) {
          return Optional.of(entry.getKey());
        }
      }
    }
    return Optional.empty();
  }

  /** The role whose vocabulary has exactly this text as a phrase (for label lines). */
  Optional<SectionRole> exactRoleOf(String label) {
    // Every one-line paragraph is asked; most are sentences. Normalising never removes a letter or
    // digit except inside an emoji shortcode, which lies between two colons, so counting the
    // others up to the longest phrase turns a sentence down without lower-casing and folding it.
    int firstColon = label.indexOf(':');
    int kept =
        firstColon < 0
            ? lettersAndDigits(label, 0, label.length(), longestPhrase)
            : lettersAndDigits(label, 0, firstColon, longestPhrase)
                + lettersAndDigits(
                    label, label.lastIndexOf(':') + 1, label.length(), longestPhrase);
    if (kept > longestPhrase) {
      return Optional.empty();
    }
    return labelRoles.apply(label);
  }

  private Optional<SectionRole> findExactRole(String label) {
    return Optional.ofNullable(roleByPhrase.get(" " + normalise(label) + " "));
  }

  /** Heading text as people read it: emoji shortcodes and surrounding punctuation removed. */
  static String display(String heading) {
    return DISPLAYED.apply(heading);
  }

  private static String displayOnce(String heading) {
    // A shortcode needs a colon and a symbol is never ASCII; most headings have neither.
    String text = heading.indexOf(':') < 0 ? heading : SHORTCODE.matcher(heading).replaceAll("");
    return (isAscii(text) ? text : SYMBOLS.matcher(text).replaceAll("")).strip();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String normalise(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    // Every one-line paragraph is checked for being a label; most have no colon, so no shortcode.
    String plain = lower.indexOf(':') < 0 ? lower : SHORTCODE.matcher(lower).replaceAll(" ");
    return words(Names.fold(plain));
  }

  /**
   * The runs of letters and digits in the text, one space apart. Every one-line paragraph is
   * checked for being a label, so this is a plain loop rather than a replace of each gap.
   */
  private static String words(String text) {
    StringBuilder words = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (!isLetterOrNumber(c)) {
        gap = true;
        continue;
      }
      if (gap && words.length() > 0) {
        words.append(' ');
      }
      words.appendCodePoint(c);
      gap = false;
    }
    return words.toString();
  }

  /**
   * How many letters and digits the text has from {@code start} to {@code end}, counting no further
   * than one past {@code limit}.
   */
  private static int lettersAndDigits(String text, int start, int end, int limit) {
    int count = 0;
    for (int i = start; i < end && count <= limit; ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (isLetterOrNumber(c)) {
        count++;
      }
    }
    return count;
  }

  /** The categories of {@code \p{L}} and {@code \p{N}}. */
  private static boolean isLetterOrNumber(int c) {
    if (c < 0x80) { // most text of notes is ASCII
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER ->
          true;
      default -> false;
    };
  }
}
