package dev.minutes.parse;

import java.util.List;

/**
 * One structural piece of a notes body, reduced from the Markdown AST to what extraction needs:
 * headings, paragraphs (as plain-text lines) and list items (with their nested items).
 *
 * @param level heading level, or list depth (0 = top-level list) for items; 0 for paragraphs
 * @param lines plain-text lines with their 1-based file line numbers
 * @param task null when not a task-list item, else whether it is ticked
 * @param children nested list items of an item
 * @param text all lines joined by a space: Markdown continuation lines are one sentence. Joined
 *     once here because every rule of the walk reads it.
 */
record Block(
    Kind kind, int level, List<Line> lines, Boolean task, List<Block> children, String text) {
  enum Kind {
    HEADING,
    PARAGRAPH,
    ITEM
  }

  /** A line of plain text and where it starts in the file. */
  record Line(String text, int number) {}

  Block {
    lines = List.copyOf(lines);
    children = List.copyOf(children);
  }

  Block(Kind kind, int level, List<Line> lines, Boolean task, List<Block> children) {
    this(kind, level, lines, task, children, joined(lines));
  }

  int line() {
    return lines.isEmpty() ? 0 : lines.get(0).number();
  }

  private static String joined(List<Line> lines) {
    if (lines.size() == 1) {
      // Most blocks are one line; its own string keeps the hash the walk's prefix cache computes.
      String only = lines.get(0).text();
      return only.isBlank() ? "" : only.strip();
    }
    StringBuilder text = new StringBuilder();
    for (Line line : lines) {
      if (!line.text().isBlank()) {
        if (text.length() > 0) {
          text.append(' ');
        }
        text.append(line.text().strip());
      }
    }
    return text.toString();
  }
}
