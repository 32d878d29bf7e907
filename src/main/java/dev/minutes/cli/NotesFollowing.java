package dev.minutes.cli;

import dev.minutes.ingest.Adoption;
import dev.minutes.ingest.IngestReport;
import dev.minutes.ingest.Ingester;
import dev.minutes.items.Store;
import dev.minutes.notesrepo.NotesChanges;
import dev.minutes.notesrepo.RepositoryFollower;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One round of following the notes repository: pull, carry renamed files' meetings over to their
 * new paths, ingest what changed, then mark the commit ingested. A meeting's identity is its path
 * in the repository, so a rename is re-keyed before the new path is ingested: the meeting keeps its
 * items and their issues, and an unchanged file is recognised by its content and skipped.
 */
final class NotesFollowing {
  private final RepositoryFollower follower;
  private final Ingester ingester;
  private final Store store;
  private final Optional<LocalDate> since;
  private final Clock clock;

  /**
   * @param since {@code notes.since}: meetings dated before it go in as history (see {@link
   *     Adoption})
   */
  NotesFollowing(
      RepositoryFollower follower,
      Ingester ingester,
      Store store,
      Optional<LocalDate> since,
      Clock clock) {
    this.follower = follower;
    this.ingester = ingester;
    this.store = store;
    this.since = since;
    this.clock = clock;
  }

  /** What one round did: the meetings it created and whether some file failed. */
  record Round(List<Long> newMeetings, boolean failed, boolean changed) {}

  Round once(PrintWriter out, PrintWriter err) {
    NotesChanges changes = follower.pull();
    for (NotesChanges.Rename rename : changes.renamed()) {
      Optional<Long> meeting = store.meetingId(rename.from());
      if (meeting.isEmpty()) {
        continue; // never ingested under the old path: the new path is a new meeting
      }
      Optional<Long> holder = store.rekeyMeeting(meeting.get(), rename.to());
      out.println(
          holder.isEmpty()
              ? rename.from() + " → " + rename.to() + ": renamed, same meeting M" + meeting.get()
              : rename.to()
                  + ": already meeting M"
                  + holder.get()
                  + "; M"
                  + meeting.get()
                  + " keeps "
                  + rename.from());
    }
    List<Long> newMeetings = new ArrayList<>();
    boolean failed = false;
    // A first clone of years of notes goes in as history, as a first `minutes ingest` does.
    Adoption adoption = Adoption.of(since, store.firstIngest(), clock.instant(), false);
    for (String path : changes.changed()) {
      IngestReport report;
      try {
        byte[] content = NotesInput.read(follower.folder().resolve(path));
        report = ingester.ingest(path, content, false, adoption);
      } catch (IOException e) {
        err.println("minutes: " + path + ": cannot read: " + e.getMessage());
        failed = true;
        continue;
      }
      failed |= report.failed();
      if (report.outcome() != null && report.outcome().newMeeting()) {
        newMeetings.add(report.outcome().meetingId());
      }
      IngestCommand.print(report, path, out, err);
    }
    changes
        .deleted()
        .forEach(path -> out.println(path + ": deleted from the repository; its meeting stays"));
    follower.markIngested(changes.commit());
    return new Round(newMeetings, failed, !changes.isEmpty());
  }

  Path folder() {
    return follower.folder();
  }
}
