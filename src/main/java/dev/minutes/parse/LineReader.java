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
  private final ProseAssignments prose;

  LineReader(
      WalkPosition at,
      NotesShape shape,
      LineReading reading,
      ExtractionRecorder record,
      ProseAssignments prose) {
    this.at = at;
    this.shape = shape;
    this.reading = reading;
    this.record = record;
    this.prose = prose;
  }

  /** One paragraph line (or joined lines) outside a list. */
  void line(Segment segment) {
    String text = segment.text();
    if (text.isEmpty()) {
      return;
    }
    if (TextShapes.isPlaceholder(text)) {
      placeholder(segment);
      return;
    }
    LinePrefix prefix = reading.prefixOf(text);
    ProseAssignments.Found task;
    switch (at.role) {
      case AGENDA -> {
        // Minutes written under the agenda topics mark their outcomes: "Actions: JB to poke ...".
        if (prefix.marker() == LinePrefix.Marker.ACTION) {
          markedAction(prefix, segment.line(), "action marker in " + at.where());
        } else if (prefix.marker() == LinePrefix.Marker.DECISION) {
          record.addDecision(prefix.rest(), segment.line(), "decision marker in " + at.where());
        } else if (shape.agendaHoldsMinutes()
            && !shape.hasActionSection()
            && (task = prose.in(text)) != null) {
          record.addAction(task.owners(), task.text(), segment.line(), false, task.why());
        } else {
          record.addAgendaProse(text, segment.line());
        }
      }
      case ATTENDEES -> record.addAttendee(text);
      case ACTIONS, DECISIONS -> {
        if (prefix.marker() == LinePrefix.Marker.DECISION) {
          record.addDecision(prefix.rest(), segment.line(), "decision marker in " + at.where());
        } else if (!prefix.owners().isEmpty() || prefix.marker() == LinePrefix.Marker.ACTION) {
          record.addOwnedAction(prefix.owners(), prefix.rest(), segment.line(), false, prefix);
        } else {
          unowned(segment);
        }
      }
      case NEXT_AGENDA -> {}
      default -> {
        String inline = reading.inlineAction(text);
        if (prefix.marker() == LinePrefix.Marker.NONE && inline != null) {
          record.addAction(List.of(), inline, segment.line(), false, "'[TODO: ...]' inside a line");
        } else if (prefix.marker() == LinePrefix.Marker.NONE && reading.pollLead(text) != null) {
          record.addDecision(
              reading.pollLead(text), segment.line(), "'Poll QUESTION:' line (decision-markers)");
        } else if (prefix.marker() == LinePrefix.Marker.ACTION) {
          markedAction(prefix, segment.line(), "action marker");
        } else if (prefix.marker() == LinePrefix.Marker.DECISION) {
          record.addDecision(prefix.rest(), segment.line(), "decision marker");
        } else if (!shape.hasActionSection() && (task = prose.in(text)) != null) {
          record.addAction(task.owners(), task.text(), segment.line(), false, task.why());
        } else if (prefix.owners().isEmpty() && reading.opensOutcome(text)) {
          record.addDecision(text, segment.line(), "opens with an outcome word (decision-openers)");
        } else if (prefix.owners().isEmpty() && MarkedOutcomes.recordsOutcome(text)) {
          record.addDecision(text, segment.line(), "a vote or agreement recorded with its content");
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
    if (TextShapes.isPlaceholder(text)) {
      placeholder(segment);
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
    } else if (at.role == SectionRole.DECISIONS && reading.opensTask(text)) {
      record.addAction(
          List.of(),
          text,
          segment.line(),
          false,
          "opens with a task verb or 'Next step is to' (task-verbs), in " + at.where());
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
    String rest = prefix.rest();
    if (prefix.owners().isEmpty() && reading.ownersInMarkedLine(rest).isEmpty()) {
      if (reading.opensOutcome(rest) || MarkedOutcomes.settles(rest)) {
        record.addDecision(rest, line, why + " whose content settles something, not a task");
        return;
      }
      if (MarkedOutcomes.reportsDone(rest)) {
        record.ignore(line, rest, why + " that reports work already done");
        return;
      }
    }
    List<String> sentences = Sentences.of(rest);
    boolean laterOwner = false;
    for (int i = 1; i < sentences.size() && !laterOwner; i++) {
      laterOwner = !ownersOf(sentences.get(i)).isEmpty() || MarkedOutcomes.isTask(sentences.get(i));
    }
    if (!prefix.owners().isEmpty() || !laterOwner) {
      List<String> owners = prefix.owners().isEmpty() ? ownersOf(rest) : prefix.owners();
      record.addAction(owners, rest, line, false, why);
      return;
    }
    StringBuilder settled = new StringBuilder();
    boolean owned = false;
    for (String sentence : sentences) {
      List<String> owners = ownersOf(sentence);
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

  /** "TODO", "TBD", "n/a" left by the template: neither an action nor a decision. */
  private void placeholder(Segment segment) {
    if (at.role == SectionRole.ACTIONS || at.role == SectionRole.DECISIONS) {
      record.ignore(segment.line(), segment.text(), "a template placeholder, in " + at.where());
    }
  }

  /** Owners of one sentence of a marker line: its subject, or a name given a task inside it. */
  private List<String> ownersOf(String sentence) {
    List<String> owners = reading.ownersInMarkedLine(sentence);
    if (owners.isEmpty()) {
      ProseAssignments.Found task = prose.in(sentence);
      return task == null ? List.of() : task.owners();
    }
    return owners;
  }
}
