package dev.minutes.application;

import dev.minutes.ingest.IngestReport;
import dev.minutes.ingest.Ingester;
import dev.minutes.items.Meetings;
import dev.minutes.notes.MinutesException;
import java.nio.file.Path;
import java.util.List;

/**
 * Ingests notes and follows up with the issues of what they added: {@code minutes ingest} and
 * Discord's {@code /ingest} take the same steps, in the same order (issues before announcements, so
 * that an announcement links to them).
 */
public final class IngestNotes {
  private final Ingester ingester;
  private final OpenIssues issues;
  private final SyncIssues sync;
  private final Meetings meetings;

  public IngestNotes(Ingester ingester, OpenIssues issues, SyncIssues sync, Meetings meetings) {
    this.ingester = ingester;
    this.issues = issues;
    this.sync = sync;
    this.meetings = meetings;
  }

  /** One notes file; {@code dryRun} writes nothing. */
  public IngestReport ingest(String source, byte[] content, boolean dryRun) {
    return ingester.ingest(source, content, dryRun);
  }

  /** Before the files of one run: where the outbox stands, for {@link #followUp}. */
  public long runStart() {
    return issues.runStart();
  }

  /**
   * What followed the files of one run.
   *
   * @param issues the issues of the items they added
   * @param edits what the issues of the items they changed became
   */
  public record FollowUp(OpenIssues.NewItems issues, SyncIssues.Followed edits) {
    public static final FollowUp NONE =
        new FollowUp(OpenIssues.NewItems.NONE, SyncIssues.Followed.NONE);
  }

  /**
   * After the files of one run (github.mode=auto): issues for the items they added, none when more
   * than {@code maxPerRun} would be opened; then the issues of the items they edited, removed or
   * restored follow them.
   *
   * @param runStart {@link #runStart} before the run
   */
  public FollowUp followUp(long runStart, int maxPerRun) {
    OpenIssues.NewItems opened = issues.forNewItems(runStart, maxPerRun);
    return new FollowUp(opened, sync.afterIngest());
  }

  /** The folder of an upload that matches no meeting's file: where a new notes file would go. */
  public static final String UPLOAD_FOLDER = "notes/";

  /**
   * A file uploaded to the chat, and what followed.
   *
   * @param source the meeting identity it was ingested as
   * @param newName true when no meeting had a file of this name, so it was keyed {@value
   *     #UPLOAD_FOLDER}NAME
   */
  public record Upload(String source, boolean newName, IngestReport report, FollowUp followed) {}

  /**
   * Ingests an upload as the meeting whose notes file has the same name, wherever it lies under the
   * notes root (the identity {@code minutes ingest} gives it), so a corrected file updates its
   * meeting; a name no meeting has is keyed {@value #UPLOAD_FOLDER}NAME.
   *
   * @throws MinutesException when several meetings have a file of that name
   */
  public Upload upload(String fileName, byte[] content) {
    String name = Path.of(fileName).getFileName().toString();
    List<String> sameName = meetings.sourcesNamed(name);
    if (sameName.size() > 1) {
      throw new MinutesException(
          name,
          sameName.size()
              + " meetings have a file of this name ("
              + String.join(", ", sameName)
              + ")",
          "ingest it from the notes repository: minutes ingest PATH");
    }
    String source = sameName.isEmpty() ? UPLOAD_FOLDER + name : sameName.get(0);
    long runStart = runStart();
    IngestReport report = ingest(source, content, false);
    FollowUp followed =
        report.failed() || report.outcome().unchanged()
            ? FollowUp.NONE
            : followUp(runStart, Integer.MAX_VALUE);
    return new Upload(source, sameName.isEmpty(), report, followed);
  }
}
