package dev.minutes.application;

import dev.minutes.ingest.Adoption;
import dev.minutes.ingest.IngestReport;
import dev.minutes.ingest.Ingester;
import java.nio.file.Path;

/**
 * Ingests notes and follows up with the issues of what they added: {@code minutes ingest} and
 * Discord's {@code /ingest} take the same steps, in the same order (issues before announcements, so
 * that an announcement links to them).
 */
public final class IngestNotes {
  private final Ingester ingester;
  private final OpenIssues issues;

  public IngestNotes(Ingester ingester, OpenIssues issues) {
    this.ingester = ingester;
    this.issues = issues;
  }

  /** One notes file; {@code dryRun} writes nothing. */
  public IngestReport ingest(String source, byte[] content, boolean dryRun) {
    return ingester.ingest(source, content, dryRun);
  }

  /** One notes file; a meeting it creates goes in as history when {@code adoption} says so. */
  public IngestReport ingest(String source, byte[] content, boolean dryRun, Adoption adoption) {
    return ingester.ingest(source, content, dryRun, adoption);
  }

  /** Before the files of one run: where the outbox stands, for {@link #followUp}. */
  public long runStart() {
    return issues.runStart();
  }

  /**
   * After the files of one run: issues for the items they added (github.mode=auto), none when more
   * than {@code maxPerRun} would be opened.
   *
   * @param runStart {@link #runStart} before the run
   */
  public OpenIssues.NewItems followUp(long runStart, int maxPerRun) {
    return issues.forNewItems(runStart, maxPerRun);
  }

  /** A file uploaded to the chat, and what followed. */
  public record Upload(String source, IngestReport report, OpenIssues.NewItems issues) {}

  /**
   * Ingests an upload like {@code minutes ingest notes/NAME}, so it matches the file in the repo.
   */
  public Upload upload(String fileName, byte[] content) {
    String source = "notes/" + Path.of(fileName).getFileName();
    long runStart = runStart();
    IngestReport report = ingest(source, content, false);
    OpenIssues.NewItems followed =
        report.failed() || report.outcome().unchanged()
            ? OpenIssues.NewItems.NONE
            : followUp(runStart, Integer.MAX_VALUE);
    return new Upload(source, report, followed);
  }
}
