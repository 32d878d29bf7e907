package dev.minutes.ingest;

import dev.minutes.items.IngestOutcome;
import dev.minutes.notes.Diagnostic;
import java.util.List;

/**
 * What ingesting one file did.
 *
 * @param outcome null when the file was not written (it had errors, or is no meeting's notes)
 * @param warnings what lint says of the file, errors included
 * @param notMeetingNotes true for a file skipped because it is no meeting's notes (a README)
 * @param history true when this ingest created the meeting as history (see {@link Adoption})
 */
public record IngestReport(
    String source,
    String title,
    IngestOutcome outcome,
    List<Diagnostic> warnings,
    boolean notMeetingNotes,
    boolean history) {

  public IngestReport {
    warnings = List.copyOf(warnings);
  }

  public IngestReport(
      String source, String title, IngestOutcome outcome, List<Diagnostic> warnings) {
    this(source, title, outcome, warnings, false, false);
  }

  /** A Markdown file that holds no meeting (see {@code Meeting.isMeetingNotes}): skipped. */
  static IngestReport notMeetingNotes(String source) {
    return new IngestReport(source, null, null, List.of(), true, false);
  }

  /** A file whose content is already stored as it is. */
  public static IngestReport unchanged(String source) {
    return new IngestReport(
        source,
        null,
        new IngestOutcome(0, false, true, List.of(), List.of(), List.of(), 0),
        List.of());
  }

  /** True when the file has errors and nothing was written for it. */
  public boolean failed() {
    return outcome == null && !notMeetingNotes;
  }
}
