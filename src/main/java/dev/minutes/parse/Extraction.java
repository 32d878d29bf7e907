package dev.minutes.parse;

import dev.minutes.notes.AgendaItem;
import dev.minutes.notes.Decision;
import dev.minutes.notes.Diagnostic;
import dev.minutes.notes.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What the section walk found, before owners and due dates are resolved.
 *
 * @param attendees names listed in an attendees section (used when front matter has none)
 * @param diagnostics what the walk noticed (empty sections)
 */
record Extraction(
    List<AgendaItem> agenda,
    List<Statement> discussion,
    List<Draft> actions,
    List<Decision> decisions,
    List<String> attendees,
    List<Diagnostic> diagnostics,
    List<LineExplanation> explanations) {

  /** An action item as written: owner tokens and plain text, not yet resolved. */
  record Draft(List<String> owners, String text, String section, int line, boolean done) {}

  static Extraction empty() {
    return new Extraction(
        new ArrayList<>(),
        new ArrayList<>(),
        new ArrayList<>(),
        new ArrayList<>(),
        new ArrayList<>(),
        new ArrayList<>(),
        new ArrayList<>());
  }
}
