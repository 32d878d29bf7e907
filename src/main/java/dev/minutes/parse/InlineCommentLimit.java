package dev.minutes.parse;

import dev.minutes.notes.Diagnostic;
import java.util.List;

/**
 * Bounds how far an HTML comment opened inside a paragraph may reach before the Markdown parser
 * sees it. flexmark matches an inline {@code <!-- ... -->} with a pattern that recurses once per
 * character up to its close, or up to the end of the paragraph when it is never closed; a few
 * thousand characters overflow the stack. Past {@link #MAX_REACH} characters the {@code <} is
 * escaped, so the comment is read as the literal text CommonMark makes of an unclosed one, and a
 * warning names the line. A comment that opens a line is an HTML block and is left alone.
 */
final class InlineCommentLimit {
  static final String OPEN = "<!--";
  private static final String CLOSE = "-->";

  /** Characters from an inline comment's opening to its close (or the paragraph's end). */
  static final int MAX_REACH = 1000;

  private InlineCommentLimit() {}

  /** Escapes each inline comment of {@code lines} that reaches too far; warns once per line. */
  static void apply(List<String> lines, List<Diagnostic> diagnostics) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int open = line.indexOf(OPEN);
      if (open < 0 || opensBlock(line, open)) {
        continue; // nearly every line
      }
      if (reach(lines, i, open + OPEN.length()) > MAX_REACH) {
        lines.set(i, line.substring(0, open) + "\\" + line.substring(open));
        diagnostics.add(
            Diagnostic.warning(
                "html-comment-too-long",
                "the HTML comment opened here is not closed within "
                    + MAX_REACH
                    + " characters of its paragraph; read as text — close it with --> or put"
                    + " it on a line of its own",
                i + 1,
                open + 1));
      }
    }
  }

  /** A comment at the start of a line (indented less than four columns) opens an HTML block. */
  private static boolean opensBlock(String line, int open) {
    return open <= 3 && line.substring(0, open).isBlank();
  }

  /** Characters from {@code from} on line {@code start} to the close or the paragraph's end. */
  private static int reach(List<String> lines, int start, int from) {
    int reach = 0;
    for (int i = start; i < lines.size(); i++) {
      String text = i == start ? lines.get(i).substring(from) : lines.get(i);
      if (i > start && text.isBlank()) {
        return reach;
      }
      int close = text.indexOf(CLOSE);
      if (close >= 0) {
        return reach + close;
      }
      reach += text.length() + 1;
      if (reach > MAX_REACH) {
        return reach;
      }
    }
    return reach;
  }
}
