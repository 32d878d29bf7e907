package dev.minutes.parse;

import dev.minutes.notes.ActionItem;
import dev.minutes.notes.Diagnostic;
import dev.minutes.notes.Owner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the walk's drafts into action items: owners resolved to people, due dates resolved against
 * the meeting's date, references and stable ids; what could not be resolved becomes a warning.
 */
final class ActionItems {
  private ActionItems() {}

  static List<ActionItem> of(
      List<Extraction.Draft> drafts,
      OwnerResolver resolver,
      LocalDate date,
      LocalDate nextMeeting,
      List<Diagnostic> diagnostics) {
    ItemIds ids = new ItemIds();
    List<ActionItem> actions = new ArrayList<>();
    for (Extraction.Draft draft : drafts) {
      List<Owner> owners = new ArrayList<>();
      for (String token : draft.owners()) {
        OwnerResolver.Resolution resolution = resolver.resolve(token);
        owners.add(resolution.owner());
        switch (resolution.match()) {
          case UNKNOWN ->
              diagnostics.add(
                  Diagnostic.warning(
                      "unknown-owner",
                      "owner '" + token + "' matches no participant or person",
                      draft.line(),
                      0));
          case AMBIGUOUS ->
              diagnostics.add(
                  Diagnostic.warning(
                      "ambiguous-owner",
                      "owner '"
                          + token
                          + "' could be several participants; add it to the people file",
                      draft.line(),
                      0));
          default -> {}
        }
      }
      if (owners.isEmpty()) {
        diagnostics.add(
            Diagnostic.warning(
                "action-without-owner",
                "action item has no owner: " + abbreviate(draft.text()),
                draft.line(),
                0));
      }
      LocalDate due = DueDateResolver.resolve(draft.text(), date, nextMeeting).orElse(null);
      if (due == null && DueDateResolver.mentionsDeadline(draft.text())) {
        diagnostics.add(
            Diagnostic.warning(
                "unparsable-due-date",
                "action item speaks of a deadline but no date could be read: "
                    + abbreviate(draft.text()),
                draft.line(),
                0));
      }
      actions.add(
          new ActionItem(
              ids.next(draft.text(), draft.owners()),
              owners,
              draft.text(),
              due,
              References.in(draft.text()),
              draft.section(),
              draft.line(),
              draft.done()));
    }
    return actions;
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
