package dev.minutes.parse;

import java.util.List;

/**
 * What the notes look like as a whole. Without an action section, a note-taker's "Rich will post
 * ..." anywhere is the only record of a task. Without a discussion, action or decision section
 * after the agenda, the minutes are written as nested bullets under the agenda topics: the agenda
 * is then the top-level items, and the nested lines are read as discussion.
 */
record NotesShape(boolean hasActionSection, boolean agendaHoldsMinutes) {

  static NotesShape of(List<Block> blocks, HeadingVocabulary vocabulary) {
    boolean hasActionSection = false;
    boolean afterAgenda = false;
    boolean minutesAfterAgenda = false;
    boolean agenda = false;
    boolean agendaDocument = false;
    boolean firstHeading = true;
    for (Block block : blocks) {
      if (block.kind() == Block.Kind.HEADING) {
        // "T-compiler Meeting Agenda 2020-04-09" as the title: the document is an agenda prepared
        // before the meeting, and what is nested under its topics are notes on them, not minutes.
        agendaDocument |=
            firstHeading
                && block.level() == 1
                && sectionRole(block, vocabulary) == SectionRole.AGENDA;
        firstHeading = false;
      }
      SectionRole found = sectionRole(block, vocabulary);
      if (found == null) {
        continue;
      }
      if (found == SectionRole.ACTIONS) {
        hasActionSection = true;
      }
      if (found == SectionRole.AGENDA) {
        agenda = true;
        afterAgenda = true;
      } else if (afterAgenda && startsMinutes(block, found, vocabulary)) {
        minutesAfterAgenda = true;
      }
    }
    return new NotesShape(hasActionSection, agenda && !minutesAfterAgenda && !agendaDocument);
  }

  /** The role a heading, or a one-line label paragraph such as "Agenda:", gives; else null. */
  private static SectionRole sectionRole(Block block, HeadingVocabulary vocabulary) {
    if (block.kind() == Block.Kind.HEADING) {
      return vocabulary.roleOf(HeadingVocabulary.display(block.text())).orElse(null);
    }
    if (block.kind() == Block.Kind.PARAGRAPH
        && block.lines().size() == 1
        && block.text().endsWith(":")) {
      return vocabulary.exactRoleOf(TextShapes.withoutTrailingColon(block.text())).orElse(null);
    }
    return null;
  }

  /**
   * Whether a section after the agenda holds the minutes: an action or decision section, or one
   * named only by a discussion word ("Discussion", "Notes"). A heading that names a topic and
   * happens to hold such a word ("Update on progress (4 minute timebox)") is one more group of
   * agenda topics.
   */
  private static boolean startsMinutes(
      Block block, SectionRole found, HeadingVocabulary vocabulary) {
    return found == SectionRole.ACTIONS
        || found == SectionRole.DECISIONS
        || found == SectionRole.DISCUSSION && isSectionWord(block, vocabulary);
  }

  /** A heading that is nothing but a section word of the vocabulary ("Discussion", "Notes"). */
  static boolean isSectionWord(Block block, HeadingVocabulary vocabulary) {
    return vocabulary
        .exactRoleOf(TextShapes.withoutTrailingColon(HeadingVocabulary.display(block.text())))
        .isPresent();
  }
}
