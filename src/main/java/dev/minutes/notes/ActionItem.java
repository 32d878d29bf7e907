package dev.minutes.notes;

import java.time.LocalDate;
import java.util.List;

/**
 * Something a named person or group must do after the meeting.
 *
 * @param id stable for the same file content (see OUTPUT.md)
 * @param text one line of plain text, owner prefix and Markdown removed
 * @param due the deadline the text states or clearly implies, else null
 * @param refs GitHub issue/PR URLs and {@code owner/repo#N} references in the text
 * @param section the heading the item was found under
 * @param done true for a ticked task-list item ({@code - [x]})
 */
public record ActionItem(
    String id,
    List<Owner> owners,
    String text,
    LocalDate due,
    List<String> refs,
    String section,
    int line,
    boolean done) {

  public ActionItem {
    owners = List.copyOf(owners);
    refs = List.copyOf(refs);
  }
}
