package dev.minutes.lint;

import dev.minutes.notes.Diagnostic;
import dev.minutes.notes.Meeting;
import dev.minutes.people.Names;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a parsed meeting for what a maintainer should fix. Everything the parser noticed is a
 * finding (front matter, owners, due dates, empty sections…); on top, the linter checks what only
 * makes sense as a rule: a datetime and participants are present, no participant is listed twice.
 * Problems that keep the notes from being read correctly are errors; the rest are warnings.
 */
public final class Linter {
  /** Parser findings that mean the meeting's basic facts are missing or wrong. */
  private static final Set<String> ERROR_CODES =
      Set.of(
          "front-matter-missing",
          "front-matter-invalid",
          "front-matter-unclosed",
          "invalid-datetime",
          "invalid-utf8");

  /** The one finding of a file that is no meeting's notes: a notice, and the file is skipped. */
  public static final String NOT_MEETING_NOTES = "not-meeting-notes";

  /** Findings for one meeting, ordered by line. */
  public List<Finding> lint(Meeting meeting) {
    if (!meeting.isMeetingNotes()) {
      return List.of(
          new Finding(
              meeting.source(),
              Diagnostic.warning(
                  NOT_MEETING_NOTES,
                  "not meeting notes (no front matter, no date, nothing extracted): skipped",
                  1,
                  1)));
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Diagnostic found : meeting.warnings()) {
      diagnostics.add(ERROR_CODES.contains(found.code()) ? asError(found) : found);
    }
    boolean frontMatterBroken =
        meeting.warnings().stream().anyMatch(d -> d.code().startsWith("front-matter-"));
    if (!frontMatterBroken && !meeting.hasErrors()) {
      if (meeting.datetime() == null
          && meeting.warnings().stream().noneMatch(d -> d.code().equals("invalid-datetime"))) {
        diagnostics.add(
            Diagnostic.warning(
                "missing-datetime",
                "front matter has no 'datetime' (e.g. 2024-03-04T11:00:00+02:00)",
                1,
                1));
      }
      if (meeting.participants().isEmpty()) {
        diagnostics.add(Diagnostic.warning("no-participants", "no participants are listed", 1, 1));
      }
    }
    diagnostics.addAll(duplicateParticipants(meeting));
    if (!meeting.hasErrors()
        && meeting.agenda().isEmpty()
        && meeting.actions().isEmpty()
        && meeting.decisions().isEmpty()) {
      diagnostics.add(
          Diagnostic.warning(
              "no-structure",
              "found no agenda, action item or decision: add an '## Agenda' or '## Action items'"
                  + " section, or mark lines 'ACTION: ...' / 'Decision: ...' (or teach Minutes"
                  + " your words with the parse.* configuration keys)",
              1,
              1));
    }
    List<Finding> findings = new ArrayList<>();
    for (Diagnostic diagnostic : diagnostics) {
      findings.add(new Finding(meeting.source(), diagnostic));
    }
    findings.sort(Comparator.comparingInt((Finding f) -> f.diagnostic().line()));
    return findings;
  }

  /**
   * True when lint calls the meeting an error: ingest then writes nothing for the file, so the two
   * commands always agree on what an error is.
   */
  public static boolean hasErrors(List<Finding> findings) {
    return findings.stream().anyMatch(Finding::isError);
  }

  private static List<Diagnostic> duplicateParticipants(Meeting meeting) {
    List<Diagnostic> duplicates = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String participant : meeting.participants()) {
      if (!seen.add(Names.fold(participant))) {
        duplicates.add(
            Diagnostic.warning(
                "duplicate-participant",
                "participant '" + participant + "' is listed twice",
                1,
                1));
      }
    }
    return duplicates;
  }

  private static Diagnostic asError(Diagnostic diagnostic) {
    return Diagnostic.error(
        diagnostic.code(), diagnostic.message(), diagnostic.line(), diagnostic.column());
  }
}
