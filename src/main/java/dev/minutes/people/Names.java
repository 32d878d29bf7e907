package dev.minutes.people;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the notes spell people: comparison keys that ignore case and diacritics, and the initials a
 * participant name implies ({@code RăzvanD} → {@code RD}, {@code Kha Dinh} → {@code KD}).
 */
public final class Names {
  /** Compiled once: fold runs for every owner token against every participant. */
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private static final Pattern WORD_BREAKS = Pattern.compile("[\\s_.-]+");

  /** Owners that name a group, not a person ({@code Everyone: update your branches}). */
  private static final Set<String> GROUPS =
      Set.of("everyone", "everybody", "all", "@everyone", "@here", "team", "the team", "anyone");

  private Names() {}

  /** True for a name that denotes a group ("Everyone", "All"): it gets no personal reminder. */
  public static boolean isGroup(String name) {
    return name != null && GROUPS.contains(fold(name));
  }

  /** A key equal for spellings that differ only in case or diacritics ({@code Ștefan} = stefan). */
  public static String fold(String text) {
    return withoutMarks(text.strip()).toLowerCase(Locale.ROOT);
  }

  /** The text with diacritics removed ({@code Ștefan} → Stefan); ASCII needs no normalising. */
  private static String withoutMarks(String text) {
    if (isAscii(text)) {
      return text;
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("");
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * The initials a participant name implies: given-name initial plus family initial, taken from a
   * second word ({@code Kha Dinh}) or from capitals inside one word ({@code RăzvanD}, {@code
   * RaduNichita}). Empty for a single plain name ({@code Simon}), which carries no family initial.
   */
  public static Optional<String> initials(String name) {
    String[] words = WORD_BREAKS.split(withoutMarks(name.strip()));
    StringBuilder letters = new StringBuilder();
    if (words.length >= 2) {
      for (String word : words) {
        if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
          letters.append(Character.toUpperCase(word.charAt(0)));
        }
      }
    } else {
      String word = words.length == 0 ? "" : words[0];
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (i == 0 ? Character.isLetter(c) : Character.isUpperCase(c)) {
          letters.append(Character.toUpperCase(c));
        }
      }
    }
    return letters.length() >= 2 ? Optional.of(letters.toString()) : Optional.empty();
  }

  /** The first letter of a name, folded, or empty for a name that starts with no letter. */
  public static String firstLetter(String name) {
    return firstLetterOfKey(fold(name));
  }

  /** {@link #firstLetter} of a name already folded by {@link #fold}. */
  public static String firstLetterOfKey(String folded) {
    return folded.isEmpty() || !Character.isLetter(folded.charAt(0)) ? "" : folded.substring(0, 1);
  }

  /**
   * The text up to its first whitespace ({@code \s}); as {@code split("\\s+")[0]} of stripped text.
   */
  private static String firstWord(String stripped) {
    for (int i = 0; i < stripped.length(); i++) {
      if (" \t\n\u000B\f\r".indexOf(stripped.charAt(i)) >= 0) {
        return stripped.substring(0, i);
      }
    }
    return stripped;
  }

  /** The given name of a participant spelling: {@code RăzvanD} → Răzvan, {@code Kha Dinh} → Kha. */
  public static String givenName(String name) {
    String first = firstWord(name.strip());
    for (int i = 1; i < first.length(); i++) {
      if (Character.isUpperCase(first.charAt(i))) {
        return first.substring(0, i);
      }
    }
    return first;
  }
}
