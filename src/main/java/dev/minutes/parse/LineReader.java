package dev.minutes.parse;

import dev.minutes.notes.Statement;
import java.util.List;

/**
 * Reads one line of text (a paragraph line, or a list item read as a line) by the role of the
 * section it is in: an action, a decision, an agenda line, an attendee or a statement.
 */
final class LineReader {
  private final WalkPosition at;
  private final NotesShape shape;
  private final LineReading reading;
  private final ExtractionRecorder record;

  LineReader(WalkPosition at, NotesShape shape, LineReading reading, ExtractionRecorder record) {
    this.at = at;
    this.shape = shape;
    this.reading = reading;
    this.record = record;
  }

  /** One paragraph line (or joined lines) outside a list. */
  void line(Segment segment) {
    String text = segment.text();
    if (text.isEmpty() || TextShapes.isPlaceholder(text)) {
      return;
    }
    LinePrefix prefix = reading.prefixOf(text);
    List<String> named;
    switch (at.role) {
      case AGENDA -> {
        // Minutes written under the agenda topics mark their outcomes: "Actions: JB to poke ...".
        if (prefix.marker() == LinePrefix.Marker.ACTION) {
          markedAction(prefix, segment.line(), "action marker in " + at.where());
        } else if (prefix.marker() == LinePrefix.Marker.DECISION) {
          record.addDecision(prefix.rest(), segment.line(), "decision marker in " + at.where());
        } else {
          record.addAgendaProse(text, segment.line());
        }
      }
      case ATTENDEES -> record.addAttendee(text);
      case ACTIONS, DECISIONS -> {
        if (prefix.marker() == LinePrefix.Marker.DECISION) {
          record.addDecision(prefix.rest(), segment.line(), "decision marker in " + at.where());
        } else if (!prefix.owners().isEmpty() || prefix.marker() == LinePrefix.Marker.ACTION) {
          record.addAction(
              prefix.owners(),
              prefix.rest(),
              segment.line(),
              false,
              record.ownedWhy(prefix.owners(), prefix));
        } else {
          unowned(segment);
        }
      }
      case NEXT_AGENDA -> {}
      default -> {
        if (prefix.marker() == LinePrefix.Marker.ACTION) {
          markedAction(prefix, segment.line(), "action marker");
        } else if (prefix.marker() == LinePrefix.Marker.DECISION) {
          record.addDecision(prefix.rest(), segment.line(), "decision marker");
        } else if (!shape.hasActionSection() && !(named = reading.namedOwners(text)).isEmpty()) {
          record.addAction(
              named,
              text,
              segment.line(),
              false,
              "'NAME will/to VERB' assignment (the notes have no action section)");
        } else if (prefix.owners().isEmpty() && reading.opensOutcome(text)) {
          record.addDecision(text, segment.line(), "opens with an outcome word (decision-openers)");
        } else if (at.role == SectionRole.DISCUSSION) {
          String speaker = prefix.owners().size() == 1 ? prefix.owners().get(0) : null;
          String said = speaker == null ? text : prefix.rest();
          if (!said.isBlank()) { // "RD:" alone says nothing
            record.addStatement(new Statement(at.subsection, speaker, said, segment.line()));
          }
        }
      }
    }
  }

  /** A line of the action section without an owner prefix: named owners inside, or a decision. */
  void unowned(Segment segment) {
    String text = segment.text();
    if (TextShapes.onlyLinks(text) || text.endsWith(":")) {
      return;
    }
    // A conclusion that assigns ("Brian to write a draft") is a task even for a name the
    // attendee list lacks: the section already says each line is an outcome.
    List<String> named =
        at.role == SectionRole.DECISIONS
            ? reading.ownersInMarkedLine(text)
            : reading.namedOwners(text);
    if (!named.isEmpty()) {
      record.addAction(named, text, segment.line(), false, "names its owner, in " + at.where());
    } else if (at.role == SectionRole.ACTIONS || at.role == SectionRole.DECISIONS) {
      record.addDecision(text, segment.line(), "assigns nothing, in " + at.where());
    }
  }

  /**
   * A marker line: one action, or, when its sentences name different owners ("JF to create the
   * repo. Andreas to populate it."), one action per owned sentence. Unowned sentences before the
   * first owner settle something (a decision); one after an owned sentence is a task of its own.
   */
  private void markedAction(LinePrefix prefix, int line, String why) {
    List<String> sentences = Sentences.of(prefix.rest());
    boolean laterOwner = false;
    for (int i = 1; i < sentences.size() && !laterOwner; i++) {
      laterOwner = !reading.ownersInMarkedLine(sentences.get(i)).isEmpty();
    }
    if (!prefix.owners().isEmpty() || !laterOwner) {
      record.addAction(prefix.owners(), prefix.rest(), line, false, why);
      return;
    }
    StringBuilder settled = new StringBuilder();
    boolean owned = false;
    for (String sentence : sentences) {
      List<String> owners = reading.ownersInMarkedLine(sentence);
      owned |= !owners.isEmpty();
      if (owned) {
        record.addAction(owners, sentence, line, false, why + ", one sentence of several");
      } else {
        settled.append(settled.length() == 0 ? "" : " ").append(sentence);
      }
    }
    record.addDecision(
        settled.toString(), line, why + ": sentences before the first owner settle it");
  }
}
