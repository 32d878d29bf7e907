package dev.minutes.parse;

import dev.minutes.notes.Diagnostic;
import java.util.List;

/**
 * Bounds how deep a body can nest before the Markdown parser sees it. flexmark (and the outline
 * built from its tree) descends once per nested list item or block quote, so a line of two thousand
 * {@code "- "} markers, or a staircase of lines each indented further, overflows the stack. No real
 * notes nest more than a handful of levels; past {@link #MAX_MARKERS} markers or {@link
 * #MAX_INDENT} columns of indentation a line is flattened (the excess markers and indentation are
 * dropped, its text is kept on the same line) and a warning names the line.
 */
final class NestingLimit {
  /** List and quote markers one line may open before the rest count as text of the deepest item. */
  static final int MAX_MARKERS = 24;

  /** Columns of indentation one run of whitespace may have; 2 columns a level is 48 levels. */
  static final int MAX_INDENT = 96;

  /**
   * Characters a run of {@code *}, {@code -} and {@code _} may have where a line's text starts.
   * flexmark tests such a run for a thematic break with a pattern that recurses once per character;
   * a few thousand overflow the stack. A break needs three.
   */
  static final int MAX_RULE_RUN = 80;

  private NestingLimit() {}

  /** Flattens each over-deep line of {@code lines} in place; warns once per flattened line. */
  static void apply(List<String> lines, List<Diagnostic> diagnostics) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.length() <= MAX_MARKERS) {
        continue; // nearly every line
      }
      line = shortenRuleRun(line, i + 1, diagnostics);
      lines.set(i, line);
      if (!tooDeep(line)) {
        continue;
      }
      Flattened flat = flatten(line);
      if (flat != null) {
        lines.set(i, flat.text());
        diagnostics.add(
            Diagnostic.warning(
                "nesting-too-deep",
                (flat.markers() > MAX_MARKERS
                        ? "line opens " + flat.markers() + " list or quote markers"
                        : "line is indented " + flat.indent() + " columns")
                    + ", deeper than notes can nest; read as if it opened at most "
                    + MAX_MARKERS
                    + " markers and indented at most "
                    + MAX_INDENT
                    + " columns — remove the extra markers or indentation",
                i + 1,
                1));
      }
    }
  }

  /** The line with the run of rule characters its text starts with cut to {@link #MAX_RULE_RUN}. */
  private static String shortenRuleRun(String line, int number, List<Diagnostic> diagnostics) {
    int start = 0;
    while (true) {
      while (start < line.length() && (line.charAt(start) == ' ' || line.charAt(start) == '\t')) {
        start++;
      }
      int end = markerEnd(line, start);
      if (end < 0) {
        break;
      }
      start = end;
    }
    int run = start;
    while (run < line.length() && "*-_ \t".indexOf(line.charAt(run)) >= 0) {
      run++;
    }
    if (run - start <= MAX_RULE_RUN) {
      return line;
    }
    diagnostics.add(
        Diagnostic.warning(
            "markup-run-too-long",
            "line has a run of "
                + (run - start)
                + " '*', '-' or '_' characters; read as if it had "
                + MAX_RULE_RUN
                + " — shorten it",
            number,
            start + 1));
    return line.substring(0, start + MAX_RULE_RUN) + line.substring(run);
  }

  /** Whether the line opens more markers or wider indentation than the limits allow. */
  private static boolean tooDeep(String line) {
    int markers = 0;
    int i = 0;
    while (i < line.length()) {
      int columns = 0;
      while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
        columns += line.charAt(i) == '\t' ? 4 : 1;
        i++;
      }
      if (columns > MAX_INDENT) {
        return true;
      }
      int end = markerEnd(line, i);
      if (end < 0) {
        return false;
      }
      if (++markers > MAX_MARKERS) {
        return true;
      }
      i = end;
    }
    return false;
  }

  private record Flattened(String text, int markers, int indent) {}

  /** The line with its block-marker prefix bounded, or null when it is within bounds. */
  private static Flattened flatten(String line) {
    StringBuilder kept = new StringBuilder();
    int markers = 0;
    int widestIndent = 0;
    boolean cut = false;
    int i = 0;
    while (i < line.length()) {
      int spaces = i;
      int columns = 0;
      while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
        columns += line.charAt(i) == '\t' ? 4 : 1;
        i++;
      }
      widestIndent = Math.max(widestIndent, columns);
      if (columns > MAX_INDENT) {
        cut = true;
        kept.append(" ".repeat(MAX_INDENT));
      } else if (markers < MAX_MARKERS) {
        kept.append(line, spaces, i);
      }
      int end = markerEnd(line, i);
      if (end < 0) {
        break;
      }
      markers++;
      if (markers <= MAX_MARKERS) {
        kept.append(line, i, end);
      } else {
        cut = true;
      }
      i = end;
    }
    if (!cut) {
      return null;
    }
    if (markers > MAX_MARKERS && kept.length() > 0 && kept.charAt(kept.length() - 1) != ' ') {
      kept.append(' ');
    }
    kept.append(line, i, line.length());
    return new Flattened(kept.toString(), markers, widestIndent);
  }

  /**
   * Where the block marker at {@code i} ends ({@code >}, {@code - }, {@code * }, {@code + }, {@code
   * 12. }, {@code 3) }), or -1 when there is none.
   */
  private static int markerEnd(String line, int i) {
    if (i >= line.length()) {
      return -1;
    }
    char c = line.charAt(i);
    if (c == '>') {
      return i + 1;
    }
    if (c == '-' || c == '*' || c == '+') {
      return followedBySpace(line, i + 1) ? withTaskBox(line, i + 1) : -1;
    }
    int digits = i;
    while (digits < line.length()
        && digits - i < 9
        && line.charAt(digits) >= '0'
        && line.charAt(digits) <= '9') {
      digits++;
    }
    if (digits > i
        && digits < line.length()
        && (line.charAt(digits) == '.' || line.charAt(digits) == ')')
        && followedBySpace(line, digits + 1)) {
      return withTaskBox(line, digits + 1);
    }
    return -1;
  }

  /**
   * A task box after a list marker ({@code - [ ] }) belongs to the marker: flexmark nests past it.
   */
  private static int withTaskBox(String line, int end) {
    int box = end;
    while (box < line.length() && (line.charAt(box) == ' ' || line.charAt(box) == '\t')) {
      box++;
    }
    if (box + 2 < line.length()
        && line.charAt(box) == '['
        && " xX".indexOf(line.charAt(box + 1)) >= 0
        && line.charAt(box + 2) == ']'
        && followedBySpace(line, box + 3)) {
      return box + 3;
    }
    return end;
  }

  private static boolean followedBySpace(String line, int i) {
    return i == line.length() || line.charAt(i) == ' ' || line.charAt(i) == '\t';
  }
}
