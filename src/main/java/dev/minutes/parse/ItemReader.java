package dev.minutes.parse;

import java.util.List;

/**
 * Reads list items by the role of the section they are in, and the list a lead line introduces
 * ("RD: Open threads on:", "Consensus on:", "Agenda for next meeting:").
 */
final class ItemReader {
  private final WalkPosition at;
  private final NotesShape shape;
  private final LineReading reading;
  private final ExtractionRecorder record;
  private final LineReader lines;
  private final HeadingVocabulary vocabulary;
  private final ProseAssignments prose;

  /** The list depth of agenda topics; deeper items are the minutes written under them. */
  private int topicDepth;

  ItemReader(
      WalkPosition at,
      NotesShape shape,
      LineReading reading,
      ExtractionRecorder record,
      LineReader lines,
      HeadingVocabulary vocabulary,
      ProseAssignments prose) {
    this.vocabulary = vocabulary;
    this.prose = prose;
    this.at = at;
    this.shape = shape;
    this.reading = reading;
    this.record = record;
    this.lines = lines;
  }

  /** Handles a lead line and the list it introduces ("RD: Open threads on:" + items). */
  void lead(Segment segment, List<Block> items) {
    LinePrefix prefix = reading.prefixOf(segment.text());
    boolean assigns = !prefix.owners().isEmpty() || prefix.marker() == LinePrefix.Marker.ACTION;
    if (at.role == SectionRole.ACTIONS && assigns) {
      for (Block item : items) {
        item(item, prefix.rest(), prefix.owners());
      }
      return;
    }
    if (at.role != SectionRole.ATTENDEES && reading.settlesList(segment.text())) {
      String settles =
          prefix.marker() == LinePrefix.Marker.DECISION ? prefix.rest() : segment.text();
      for (Block item : items) {
        settledItem(settles, item);
      }
      return;
    }
    if (at.role == SectionRole.DISCUSSION
        || at.role == SectionRole.AGENDA
        || at.role == SectionRole.ATTENDEES) {
      lines.line(segment);
    }
    if (at.role == SectionRole.ACTIONS || at.role == SectionRole.DECISIONS) {
      String taskLead =
          at.role == SectionRole.ACTIONS && TextShapes.countsWork(segment.text())
              ? segment.text()
              : null;
      for (Block item : items) {
        itemUnderNeutralLead(item, taskLead);
      }
      return;
    }
    for (Block item : items) {
      item(item, null, List.of());
    }
  }

  /** Each item of a settled list (at any depth) is a decision, its text joined to the lead. */
  private void settledItem(String lead, Block item) {
    if (!item.text().isBlank()) {
      record.addDecision(
          TextShapes.join(lead, item.text()),
          item.line(),
          "item of a list the lead '" + lead + "' settles");
    }
    for (Block child : item.children()) {
      settledItem(lead, child);
    }
  }

  /** Items under a lead that assigns nothing ("Agenda for next meeting:"): only owned items. */
  private void itemUnderNeutralLead(Block item, String taskLead) {
    LinePrefix prefix = reading.prefixOf(item.text());
    if (!prefix.owners().isEmpty()
        || prefix.marker() != LinePrefix.Marker.NONE
        || item.task() != null) {
      item(item, null, List.of());
    } else if (taskLead != null && !item.text().isBlank()) {
      // "Three PRs:" in an action section: each item is one of the tasks it counts, no owner.
      record.addAction(
          List.of(),
          TextShapes.join(taskLead, item.text()),
          item.line(),
          false,
          "item of a list under the lead '" + taskLead + "', in " + at.where());
    }
  }

  /**
   * One list item: an agenda entry, a statement, an action or a decision by section role.
   *
   * @param lead the text of the owner line above the list, or null
   * @param leadOwners the owners of that line
   */
  void item(Block item, String lead, List<String> leadOwners) {
    String text = item.text();
    int line = item.line();
    switch (at.role) {
      case AGENDA -> {
        record.agendaListSeen();
        if (item.level() > topicDepth && (shape.agendaHoldsMinutes() || assigns(text))) {
          at.role = SectionRole.DISCUSSION;
          item(item, lead, leadOwners);
          at.role = SectionRole.AGENDA;
          return;
        }
        if (shape.agendaHoldsMinutes() && leadsToTopics(text)) {
          int depth = topicDepth;
          topicDepth = item.level() + 1;
          children(item, null, List.of());
          topicDepth = depth;
          return;
        }
        if (shape.agendaHoldsMinutes() && item.lines().size() > 1) {
          topicWithNotes(item);
          return;
        }
        if (!text.isEmpty()
            && !TextShapes.isPlaceholder(text)
            && !TextShapes.isLogistics(text)
            && !(shape.agendaHoldsMinutes() && TextShapes.onlyLinks(text))) {
          record.addAgendaItem(text, line);
        }
        children(item, null, List.of());
      }
      case ATTENDEES -> {
        if (!text.isEmpty()) {
          record.addAttendee(text);
        }
      }
      case ACTIONS, DECISIONS -> actionItem(item, lead, leadOwners);
      default -> {
        if (item.task() != null) {
          LinePrefix prefix = reading.prefixOf(text);
          record.addAction(
              prefix.owners(), prefix.rest(), line, item.task(), "task-list item '- [ ]'");
        } else {
          lines.line(new Segment(text, line));
        }
        children(item, null, List.of());
      }
    }
  }

  private void actionItem(Block item, String lead, List<String> leadOwners) {
    String text = item.text();
    LinePrefix prefix = reading.prefixOf(text);
    List<String> owners = prefix.owners().isEmpty() ? leadOwners : prefix.owners();
    String rest = prefix.rest();
    boolean done = Boolean.TRUE.equals(item.task());
    if (!item.children().isEmpty() && (rest.isEmpty() || rest.endsWith(":"))) {
      if (!owners.isEmpty() || prefix.marker() == LinePrefix.Marker.ACTION) {
        children(item, TextShapes.join(lead, rest), owners);
      } else if (at.role == SectionRole.DECISIONS && !rest.isEmpty()) {
        // "consensus from folks in the meeting:" in a Conclusions section settles each item.
        for (Block child : item.children()) {
          settledItem(TextShapes.join(lead, rest), child);
        }
      } else {
        for (Block child : item.children()) {
          itemUnderNeutralLead(child, null);
        }
      }
      return;
    }
    String full = TextShapes.join(lead, rest);
    if (splitsAmongOwners(item, owners)) {
      // "CV, SJ, TT:" / "Continue the testing of the chosen apps." / "CV: openjdk app" ...: the
      // item is shared out, one child per owner, each child's text joined to it.
      for (Block child : item.children()) {
        LinePrefix share = reading.prefixOf(child.text());
        record.addAction(
            share.owners(),
            TextShapes.join(full, share.rest()),
            child.line(),
            Boolean.TRUE.equals(child.task()),
            "one share of an item split among " + String.join("/", owners) + ", in " + at.where());
        children(child, null, share.owners());
      }
      return;
    }
    if (prefix.marker() == LinePrefix.Marker.DECISION) {
      record.addDecision(full, item.line(), "decision marker in " + at.where());
    } else if (!owners.isEmpty()
        || prefix.marker() == LinePrefix.Marker.ACTION
        || item.task() != null) {
      record.addOwnedAction(owners, full, item.line(), done, prefix);
    } else {
      lines.unowned(new Segment(full, item.line()));
    }
    children(item, null, owners);
  }

  /** Whether each child of an item with several owners starts with one of those owners. */
  private boolean splitsAmongOwners(Block item, List<String> owners) {
    if (owners.size() < 2 || item.children().size() < 2) {
      return false;
    }
    for (Block child : item.children()) {
      List<String> childOwners = reading.prefixOf(child.text()).owners();
      if (childOwners.size() != 1 || !owners.contains(childOwners.get(0))) {
        return false;
      }
    }
    return true;
  }

  private void children(Block item, String lead, List<String> owners) {
    for (Block child : item.children()) {
      item(child, lead, owners);
    }
  }

  /**
   * Reads a top-level list item. In an agenda that holds the minutes, a lone top-level item
   * ("Administrative updates") whose children have minutes nested under them groups the topics,
   * which are its children.
   */
  void topItem(Block item, boolean alone) {
    boolean groups =
        alone
            && at.role == SectionRole.AGENDA
            && shape.agendaHoldsMinutes()
            && item.children().stream().anyMatch(child -> !child.children().isEmpty());
    topicDepth = groups ? 1 : 0;
    item(item, null, List.of());
    topicDepth = 0;
  }

  /**
   * A topic followed by lines of the same list item ("Adrian is taking this forward"): the topic is
   * its first line, and the lines after it are minutes.
   */
  private void topicWithNotes(Block item) {
    Block.Line first = item.lines().get(0);
    String topic = first.text().strip();
    if (!topic.isEmpty() && !TextShapes.onlyLinks(topic)) {
      record.addAgendaItem(topic, first.number());
    }
    at.role = SectionRole.DISCUSSION;
    for (Block.Line line : item.lines().subList(1, item.lines().size())) {
      lines.line(new Segment(line.text().strip(), line.number()));
    }
    children(item, null, List.of());
    at.role = SectionRole.AGENDA;
  }

  /** "Skipped agenda items:": an item that introduces more topics, not a topic itself. */
  private boolean leadsToTopics(String text) {
    return text.endsWith(":")
        && vocabulary.roleOf(text).filter(role -> role == SectionRole.AGENDA).isPresent();
  }

  /**
   * A nested agenda line that is unmistakably a task ("Myles takes action to land", "ACTION: ...")
   * when the notes have no action section: minutes written under a topic, not a topic.
   */
  private boolean assigns(String text) {
    return !shape.hasActionSection()
        && (reading.prefixOf(text).marker() == LinePrefix.Marker.ACTION || prose.in(text) != null);
  }
}
