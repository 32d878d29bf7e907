package dev.minutes.parse;

import dev.minutes.notes.AgendaItem;
import dev.minutes.notes.Decision;
import dev.minutes.notes.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what the walk reads into an {@link Extraction}, each item with the rule that read it
 * ({@code --explain}), and closes each section: an agenda written as prose counts only when the
 * section had no list, and an agenda or action section that gave nothing is worth a warning.
 */
final class ExtractionRecorder {
  private final Extraction out = Extraction.empty();
  private final WalkPosition at;
  private final LineReading reading;
  private final List<AgendaItem> agendaProse = new ArrayList<>();
  private boolean agendaHasList;
  private int itemsAtStart;

  /** Whether the rules' reasons are kept: only {@code --explain} shows them. */
  private final boolean explaining;

  ExtractionRecorder(WalkPosition at, LineReading reading, boolean explaining) {
    this.at = at;
    this.reading = reading;
    this.explaining = explaining;
  }

  Extraction extraction() {
    return out;
  }

  void addAction(List<String> owners, String text, int line, boolean done, String why) {
    if (text.isBlank()) {
      return; // "everyone:" with nothing after it assigns nothing
    }
    // A marked or ticked item without an owner prefix may still name one: "TODO: RD to review".
    List<String> who = owners.isEmpty() ? reading.namedOwners(text.strip()) : owners;
    out.actions().add(new Extraction.Draft(who, text.strip(), at.section, line, done));
    explain(line, done ? "action (done)" : "action", text.strip(), why);
  }

  void addDecision(String text, int line, String why) {
    if (!text.isBlank()) {
      out.decisions().add(new Decision(text.strip(), line));
      explain(line, "decision", text.strip(), why);
    }
  }

  void addAgendaItem(String text, int line) {
    agendaHasList = true;
    out.agenda().add(new AgendaItem(text, line));
    explain(
        line,
        "agenda",
        text,
        explaining ? "list item of agenda section '" + at.section + "'" : null);
  }

  /** An agenda list was seen in this section, so its prose lines are not agenda items. */
  void agendaListSeen() {
    agendaHasList = true;
  }

  void addAgendaProse(String text, int line) {
    agendaProse.add(new AgendaItem(text, line));
  }

  void addAttendee(String text) {
    out.attendees().add(text);
  }

  void addStatement(dev.minutes.notes.Statement statement) {
    out.discussion().add(statement);
  }

  /** A line a rule read and chose not to extract, so that --explain can say why. */
  void ignore(int line, String text, String why) {
    explain(line, "not an item", text.strip(), why);
  }

  private void explain(int line, String kind, String text, String why) {
    if (explaining) {
      out.explanations().add(new LineExplanation(line, kind, text, why));
    }
  }

  /**
   * An action read from an owner prefix, a marker or a task box. The reason names the owners and
   * the place; it is put together only when it will be shown.
   */
  void addOwnedAction(List<String> owners, String text, int line, boolean done, LinePrefix prefix) {
    addAction(owners, text, line, done, explaining ? ownedWhy(owners, prefix) : null);
  }

  private String ownedWhy(List<String> owners, LinePrefix prefix) {
    String how =
        prefix.marker() == LinePrefix.Marker.ACTION
            ? "action marker"
            : owners.isEmpty() ? "task-list item" : "owner prefix " + String.join("/", owners);
    return how + ", in " + at.where();
  }

  void endSection() {
    SectionRole role = at.role;
    if (role == SectionRole.AGENDA && !agendaHasList) {
      out.agenda().addAll(agendaProse);
      String why = explaining ? "prose line of agenda section '" + at.section + "'" : null;
      for (AgendaItem prose : agendaProse) {
        explain(prose.line(), "agenda", prose.text(), why);
      }
    }
    int items = out.agenda().size() + out.actions().size() + out.decisions().size();
    if ((role == SectionRole.AGENDA || role == SectionRole.ACTIONS) && items == itemsAtStart) {
      out.diagnostics()
          .add(
              Diagnostic.warning(
                  "empty-section",
                  "section '"
                      + at.section
                      + "' has no "
                      + (role == SectionRole.AGENDA ? "agenda items" : "action items or decisions"),
                  at.sectionLine,
                  1));
    }
    itemsAtStart = items;
    agendaProse.clear();
    agendaHasList = false;
  }
}
