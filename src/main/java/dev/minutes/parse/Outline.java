package dev.minutes.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reduces a flexmark document to {@link Block}s: headings, paragraphs and list-item trees, as plain
 * text (markup removed, a link keeps its visible text, a bare URL stays) with file lines. Code
 * blocks, tables and HTML carry no agenda, actions or decisions and are left out.
 */
final class Outline {
  /** The text flexmark parsed; node offsets point into it. */
  private final String source;

  /**
   * Offsets of the line ends in the document. flexmark's {@code Node.getStartLineNumber()} counts
   * line ends from the start of the text on every call; a sorted index answers in a binary search.
   */
  private final int[] lineEnds;

  private Outline(String source) {
    this.source = source;
    int[] ends = new int[64];
    int count = 0;
    for (int i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) {
      if (count == ends.length) {
        ends = Arrays.copyOf(ends, 2 * count);
      }
      ends[count++] = i;
    }
    lineEnds = Arrays.copyOf(ends, count);
  }

  /**
   * The blocks of a document.
   *
   * @param source the text the document was parsed from
   */
  static List<Block> of(Document document, String source) {
    List<Block> blocks = new ArrayList<>();
    new Outline(source).collect(document, blocks, 0);
    return blocks;
  }

  /** The 0-based line a node starts on, as {@code Node.getStartLineNumber()} gives it. */
  private int startLine(Node node) {
    int found = Arrays.binarySearch(lineEnds, node.getStartOffset());
    return found >= 0 ? found : -found - 1;
  }

  private void collect(Node parent, List<Block> into, int depth) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading) {
        List<Block.Line> lines = inlineLines(heading);
        into.add(new Block(Block.Kind.HEADING, heading.getLevel(), lines, null, List.of()));
      } else if (node instanceof Paragraph paragraph) {
        into.add(new Block(Block.Kind.PARAGRAPH, 0, inlineLines(paragraph), null, List.of()));
      } else if (node instanceof ListBlock list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
          if (item instanceof ListItem listItem) {
            into.add(item(listItem, depth));
          }
        }
      } else if (node instanceof BlockQuote) {
        collect(node, into, depth);
      }
    }
  }

  private Block item(ListItem item, int depth) {
    List<Block.Line> lines = new ArrayList<>();
    List<Block> children = new ArrayList<>();
    for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Paragraph paragraph) {
        lines.addAll(inlineLines(paragraph));
      } else if (child instanceof ListBlock list) {
        for (Node nested = list.getFirstChild(); nested != null; nested = nested.getNext()) {
          if (nested instanceof ListItem nestedItem) {
            children.add(item(nestedItem, depth + 1));
          }
        }
      }
    }
    if (lines.isEmpty()) {
      lines.add(new Block.Line("", startLine(item) + 1));
    }
    Boolean task = item instanceof TaskListItem taskItem ? taskItem.isItemDoneMarker() : null;
    return new Block(Block.Kind.ITEM, depth, lines, task, children);
  }

  /** The inline content of a paragraph or heading, split at line breaks. */
  private List<Block.Line> inlineLines(Node block) {
    List<Block.Line> lines = new ArrayList<>();
    LineText current = new LineText();
    int[] lineNumber = {startLine(block) + 1};
    appendInline(block, current, lines, lineNumber);
    lines.add(new Block.Line(current.take().strip(), lineNumber[0]));
    lines.removeIf(line -> line.text().isEmpty());
    if (lines.isEmpty()) {
      lines.add(new Block.Line("", startLine(block) + 1));
    }
    return lines;
  }

  private void appendInline(
      Node parent, LineText current, List<Block.Line> lines, int[] lineNumber) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
        lines.add(new Block.Line(current.take().strip(), lineNumber[0]));
        lineNumber[0] = startLine(node) + 2;
      } else if (node instanceof Text) {
        current.append(unescaped(textOf(node.getChars())));
      } else if (node instanceof Code code) {
        current.append(textOf(code.getText()));
      } else if (node instanceof AutoLink || node instanceof MailLink) {
        current.append(textOf(node.getChars()).replaceAll("^<|>$", ""));
      } else if (node instanceof LinkRef ref && !ref.isDefined()) {
        current.append(unescaped(textOf(node.getChars())));
      } else if (node instanceof Image || node instanceof ImageRef || node instanceof HtmlInline) {
        continue;
      } else if (node.hasChildren()) {
        appendInline(node, current, lines, lineNumber);
      } else {
        current.append(unescaped(textOf(node.getChars())));
      }
    }
  }

  /**
   * The characters of a node as a string. Nearly every node is one stretch of the source, which
   * {@code substring} copies at once; flexmark's {@code toString} copies it char by char.
   */
  private String textOf(BasedSequence chars) {
    if (chars instanceof SubSequence && chars.getBase() == source) {
      return source.substring(chars.getStartOffset(), chars.getEndOffset());
    }
    return chars.toString();
  }

  /**
   * Text with Markdown escapes and entities resolved. Only a backslash or an ampersand can start
   * one; flexmark looks for them with a pattern, which costs more than the text it is given.
   */
  private static String unescaped(String text) {
    return text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : Escaping.unescapeString(text);
  }

  /**
   * The text of the line being read. Most lines are one text node, whose string is kept as it is
   * rather than copied into a builder and out again.
   */
  private static final class LineText {
    private String only = "";
    private StringBuilder joined;

    void append(String piece) {
      if (joined != null) {
        joined.append(piece);
      } else if (only.isEmpty()) {
        only = piece;
      } else {
        joined = new StringBuilder(only).append(piece);
      }
    }

    /** The text so far; the next line starts empty. */
    String take() {
      String text = joined != null ? joined.toString() : only;
      only = "";
      joined = null;
      return text;
    }
  }
}
