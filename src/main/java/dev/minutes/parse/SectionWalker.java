package dev.minutes.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walks the blocks of a notes body section by section and sorts what it reads into agenda,
 * discussion, action items and decisions, by the role of the section it is in: in an action section
 * a line that assigns work is an action and one that assigns nothing is a decision; explicit
 * markers ({@code TODO:}, {@code Decision:}, task-list items) count anywhere. This class follows
 * headings, labels and paragraphs; {@link ItemReader} and {@link LineReader} read what they hold.
 */
final class SectionWalker {
  private final HeadingVocabulary vocabulary;
  private final NotesShape shape;
  private final LineReading reading;
  private final WalkPosition at = new WalkPosition();
  private final ExtractionRecorder record;
  private final LineReader lines;
  private final ItemReader items;

  private SectionWalker(
      List<Block> blocks,
      HeadingVocabulary vocabulary,
      LineMarkers markers,
      OwnerResolver resolver,
      boolean explaining) {
    this.vocabulary = vocabulary;
    this.reading = new LineReading(markers, resolver);
    this.record = new ExtractionRecorder(at, reading, explaining);
    this.shape = NotesShape.of(blocks, vocabulary);
    ProseAssignments prose = new ProseAssignments(resolver);
    this.lines = new LineReader(at, shape, reading, record, prose);
    this.items = new ItemReader(at, shape, reading, record, lines, vocabulary, prose);
  }

  /**
   * What the blocks hold.
   *
   * @param explaining whether to keep why each line was read as it was ({@code --explain})
   */
  static Extraction walk(
      List<Block> blocks,
      HeadingVocabulary vocabulary,
      LineMarkers markers,
      OwnerResolver resolver,
      boolean explaining) {
    SectionWalker walker = new SectionWalker(blocks, vocabulary, markers, resolver, explaining);
    for (int i = 0; i < blocks.size(); i++) {
      i = walker.visit(blocks, i);
    }
    walker.record.endSection();
    return walker.record.extraction();
  }

  /** Handles the block at {@code i}; returns the index of the last block it consumed. */
  private int visit(List<Block> blocks, int i) {
    Block block = blocks.get(i);
    switch (block.kind()) {
      case HEADING -> heading(block);
      case PARAGRAPH -> {
        return paragraph(blocks, i);
      }
      case ITEM -> items.topItem(block, alone(blocks, i));
    }
    return i;
  }

  private void heading(Block block) {
    if (at.inLabel()) {
      record.endSection();
      at.leaveLabel();
    }
    String title = HeadingVocabulary.display(block.text());
    Optional<SectionRole> found = vocabulary.roleOf(title);
    if (continuesAgenda(block, found)) {
      at.subsection = title;
    } else if (found.isPresent() && !(found.get() == at.role && block.level() > at.roleLevel)) {
      record.endSection();
      at.enterSection(found.get(), block.level(), title, block.line());
    } else if (found.isEmpty() && block.level() <= at.roleLevel) {
      record.endSection();
      at.enterSection(SectionRole.OTHER, block.level(), title, block.line());
    } else {
      at.subsection = title;
    }
  }

  /**
   * In an agenda that holds the minutes, a heading that names a topic group ("Board Meeting
   * Updates", "Update on progress (4 minute timebox)") rather than being a bare discussion word is
   * more agenda, not the start of the minutes.
   */
  private boolean continuesAgenda(Block block, Optional<SectionRole> found) {
    return at.role == SectionRole.AGENDA
        && shape.agendaHoldsMinutes()
        && block.level() >= at.roleLevel
        && found.isPresent()
        && found.get() == SectionRole.DISCUSSION
        && !NotesShape.isSectionWord(block, vocabulary);
  }

  private int paragraph(List<Block> blocks, int i) {
    Block block = blocks.get(i);
    Optional<SectionRole> label = labelRole(block);
    if (label.isPresent()) {
      record.endSection();
      at.enterLabel(label.get(), TextShapes.withoutTrailingColon(block.text()), block.line());
      return i;
    }
    List<Segment> segments = segments(block);
    for (int s = 0; s < segments.size(); s++) {
      Segment segment = segments.get(s);
      boolean last = s == segments.size() - 1;
      List<Block> following = last ? followingItems(blocks, i) : List.of();
      // A line that ends with a colon introduces the list after it.
      if (!following.isEmpty() && segment.text().endsWith(":")) {
        items.lead(segment, following);
        return i + following.size();
      }
      lines.line(segment);
    }
    return i;
  }

  /**
   * A one-line paragraph such as "Action items:" that works as a heading. Only labels of the
   * action, decision and next-agenda roles count without a colon: a bare "Updates" line is more
   * often an agenda entry than a heading.
   */
  private Optional<SectionRole> labelRole(Block block) {
    if (block.lines().size() != 1) {
      return Optional.empty();
    }
    String written = block.text();
    String text = TextShapes.withoutTrailingColon(written);
    boolean colon = written.strip().endsWith(":");
    Optional<SectionRole> found = vocabulary.exactRoleOf(text);
    if (found.isEmpty() || found.get() == at.role) {
      return Optional.empty();
    }
    boolean strong =
        found.get() == SectionRole.ACTIONS
            || found.get() == SectionRole.DECISIONS
            || found.get() == SectionRole.NEXT_AGENDA;
    return colon || strong ? found : Optional.empty();
  }

  /** Whether the item at {@code i} is the only top-level item of its list. */
  private static boolean alone(List<Block> blocks, int i) {
    return (i == 0 || blocks.get(i - 1).kind() != Block.Kind.ITEM)
        && (i + 1 == blocks.size() || blocks.get(i + 1).kind() != Block.Kind.ITEM);
  }

  private static List<Block> followingItems(List<Block> blocks, int i) {
    List<Block> following = new ArrayList<>();
    for (int j = i + 1; j < blocks.size() && blocks.get(j).kind() == Block.Kind.ITEM; j++) {
      following.add(blocks.get(j));
    }
    return following;
  }

  /** Lines of one paragraph grouped so that each owner or marker line starts a new group. */
  private List<Segment> segments(Block block) {
    List<Segment> segments = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    // While a group is one line, its text is that line's own string, whose hash the prefix cache
    // already holds; a copy would be hashed again.
    String oneLine = null;
    int start = 0;
    for (Block.Line line : block.lines()) {
      if (text.length() > 0 && reading.startsItem(line.text())) {
        segments.add(new Segment(oneLine != null ? oneLine : text.toString(), start));
        text.setLength(0);
      }
      String stripped = line.text().strip();
      if (text.length() == 0) {
        start = line.number();
        oneLine = stripped;
      } else {
        text.append(' ');
        oneLine = null;
      }
      text.append(stripped);
    }
    if (text.length() > 0) {
      segments.add(new Segment(oneLine != null ? oneLine : text.toString(), start));
    }
    return segments;
  }
}
