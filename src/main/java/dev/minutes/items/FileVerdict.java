package dev.minutes.items;

import dev.minutes.notes.Diagnostic;
import java.util.List;

/**
 * What ingest concluded about a file that holds no stored meeting, and the stamp of the file it
 * concluded it on: a file skipped as not meeting notes, or refused with its findings.
 */
public record FileVerdict(
    String stamp, boolean notMeetingNotes, String title, List<Diagnostic> findings) {

  public FileVerdict {
    findings = List.copyOf(findings);
  }
}
