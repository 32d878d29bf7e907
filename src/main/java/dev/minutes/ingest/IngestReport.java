package dev.minutes.ingest;

import dev.minutes.items.IngestOutcome;
import dev.minutes.notes.Diagnostic;
import java.util.List;

/**
 * What ingesting one file did.
 *
 * @param outcome null when the file was not written (it had errors)
 * @param warnings the parser's findings about the file
 */
public record IngestReport(
    String source, String title, IngestOutcome outcome, List<Diagnostic> warnings) {

  public IngestReport {
    warnings = List.copyOf(warnings);
  }

  /** A file whose content is already stored as it is. */
  static IngestReport unchanged(String source) {
    return new IngestReport(
        source,
        null,
        new IngestOutcome(0, false, true, List.of(), List.of(), List.of(), 0),
        List.of());
  }

  public boolean failed() {
    return outcome == null;
  }
}
