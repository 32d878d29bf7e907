package dev.minutes.parse;

import java.util.regex.Pattern;

/** Shapes of a line of notes that need no context: placeholders, link-only lines, logistics. */
final class TextShapes {
  private static final Pattern PLACEHOLDER =
      Pattern.compile("(?i)^(to ?fill|todo|tbd|tbc|n/?a|none|-+|\\.\\.\\.|…)\\.?$");

  /** One link of a line that holds only links; tested word by word (see {@link #onlyLinks}). */
  private static final Pattern LINK = Pattern.compile("https?://\\S+|[\\w.-]+/[\\w.-]+#\\d+");

  private static final Pattern LINK_SEPARATORS = Pattern.compile("[\\s,;]+");

  private static final Pattern LOGISTICS =
      Pattern.compile(
          "(?i)(?:where|when|host|contact|name|email|e-mail|location|times?|date|dates|dial-in|zoom|"
              + "link|registration|agenda|notes)\\s*:");

  /** "3 PRs:", "Three PRs to open:", "Two issues:": a lead that counts the pieces of work below. */
  private static final Pattern COUNTED_WORK =
      Pattern.compile(
          "(?i)^(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|some|a few)\\s+"
              + "(?:new\\s+|more\\s+|open\\s+)?(?:prs|pull requests|issues|tasks|patches|items)"
              + "(?:\\s+to\\s+\\p{L}+)?\\s*:$");

  private TextShapes() {}

  static boolean countsWork(String lead) {
    return COUNTED_WORK.matcher(lead.strip()).matches();
  }

  /**
   * Whether the line is nothing but links and {@code owner/repo#N} references. Word by word: one
   * pattern repeating a group recurses once per link in java.util.regex and overflows the stack on
   * a long line.
   */
  static boolean onlyLinks(String text) {
    String trimmed = text.strip();
    while (trimmed.endsWith(".")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    if (trimmed.isEmpty()) {
      return false;
    }
    for (String word : LINK_SEPARATORS.split(trimmed)) {
      if (!word.isEmpty() && !LINK.matcher(word).matches()) {
        return false;
      }
    }
    return true;
  }

  /** "Where: Zoom", "Host: ...": the logistics of a call, listed under an agenda heading. */
  static boolean isLogistics(String text) {
    return LOGISTICS.matcher(text).lookingAt();
  }

  /** A placeholder the notes template left unfilled: "TBD", "n/a", "---". */
  static boolean isPlaceholder(String text) {
    // Only a run of dashes is longer than "to fill.", so most lines need not meet the pattern.
    return (text.length() <= 8 || text.startsWith("-")) && PLACEHOLDER.matcher(text).matches();
  }

  /** "Action items:" → "Action items": the colons and whitespace ({@code [:\s]+$}) that end it. */
  static String withoutTrailingColon(String text) {
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == ':' || isPatternSpace(text.charAt(end - 1)))) {
      end--;
    }
    return text.substring(0, end);
  }

  /** A lead line and the text under it, as one line. */
  static String join(String lead, String text) {
    if (lead == null || lead.isBlank()) {
      return text;
    }
    return text.isBlank() ? lead : lead + " " + text;
  }

  /**
   * Whether the character is whitespace as {@code \s} of java.util.regex means it (ASCII only):
   * hand-written scans that stand in for a pattern must agree with it.
   */
  static boolean isPatternSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
