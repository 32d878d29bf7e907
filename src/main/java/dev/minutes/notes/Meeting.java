package dev.minutes.notes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything one notes file says: front matter, agenda, discussion, action items, decisions and the
 * next meeting, plus the warnings a maintainer should fix. Immutable; lines are 1-based.
 *
 * @param source the meeting's identity: its path relative to the notes root when ingested, the path
 *     as given when only parsed or linted
 * @param datetime front-matter datetime with its offset, or null when missing or invalid
 * @param date the meeting's local date, from {@code datetime} or else the file name; null if
 *     neither gives one
 * @param nextMeeting the date of the next meeting when the notes state it, else null
 */
public record Meeting(
    String source,
    String title,
    OffsetDateTime datetime,
    LocalDate date,
    List<String> tags,
    String location,
    List<String> teams,
    List<String> participants,
    List<AgendaItem> agenda,
    List<Statement> discussion,
    List<ActionItem> actions,
    List<Decision> decisions,
    LocalDate nextMeeting,
    List<Diagnostic> warnings) {

  public Meeting {
    tags = List.copyOf(tags);
    teams = List.copyOf(teams);
    participants = List.copyOf(participants);
    agenda = List.copyOf(agenda);
    discussion = List.copyOf(discussion);
    actions = List.copyOf(actions);
    decisions = List.copyOf(decisions);
    warnings = List.copyOf(warnings);
  }

  /**
   * False for a Markdown file that is no meeting's notes (a README, a template): no front matter,
   * no date, and nothing extracted from it. Lint and ingest both skip such a file.
   */
  public boolean isMeetingNotes() {
    boolean frontMatter = warnings.stream().noneMatch(d -> d.code().equals("front-matter-missing"));
    return frontMatter
        || date != null
        || !agenda.isEmpty()
        || !actions.isEmpty()
        || !decisions.isEmpty()
        || !discussion.isEmpty();
  }

  /** True when a diagnostic of error severity means the file could not be understood. */
  public boolean hasErrors() {
    return warnings.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
  }
}
