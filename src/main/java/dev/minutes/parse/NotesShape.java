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
    for (Block block : blocks) {
      if (block.kind() != Block.Kind.HEADING) {
        continue;
      }
      SectionRole found = vocabulary.roleOf(HeadingVocabulary.display(block.text())).orElse(null);
      if (found == SectionRole.ACTIONS) {
        hasActionSection = true;
      }
      if (found == SectionRole.AGENDA) {
        agenda = true;
        afterAgenda = true;
      } else if (afterAgenda
          && (found == SectionRole.DISCUSSION
              || found == SectionRole.ACTIONS
              || found == SectionRole.DECISIONS)) {
        minutesAfterAgenda = true;
      }
    }
    return new NotesShape(hasActionSection, agenda && !minutesAfterAgenda);
  }
}
