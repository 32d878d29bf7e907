package dev.minutes.chat.discord;

import dev.minutes.application.IngestNotes;
import dev.minutes.application.OpenIssues;
import dev.minutes.ingest.IngestReport;
import dev.minutes.items.IngestOutcome;
import dev.minutes.tracker.IssueResult;
import java.util.Optional;

/** The chat's words for what the use cases did: one line per answer, one per issue. */
final class UseCaseReplies {
  private UseCaseReplies() {}

  /** {@code /issue}: the issue URL, or why there is none. */
  static String issue(Optional<IssueResult> result) {
    if (result.isEmpty()) {
      return "the item is not open, so it gets no issue";
    }
    IssueResult issue = result.get();
    return switch (issue.outcome()) {
      case OPENED, RECOVERED, LINKED, ALREADY_LINKED -> issue.url();
      case WOULD_OPEN, WOULD_LINK -> "no issue opened (" + issue.detail() + ")";
      case BUSY, FAILED -> "not opened: " + issue.detail() + "; try again later";
    };
  }

  /** {@code /ingest}: what changed, or why the file was not ingested, then each item's issue. */
  static String upload(IngestNotes.Upload upload) {
    IngestReport report = upload.report();
    if (report.failed()) {
      return upload.source() + " was not ingested: it has errors (run minutes lint on it).";
    }
    IngestOutcome outcome = report.outcome();
    if (outcome.unchanged()) {
      return upload.source() + " is unchanged.";
    }
    StringBuilder reply =
        new StringBuilder(
            String.format(
                "%s: %d new, %d changed, %d removed items.",
                upload.source(),
                outcome.added().size(),
                outcome.changed().size(),
                outcome.removed().size()));
    OpenIssues.NewItems issues = upload.followed().issues();
    for (IssueResult result : issues.results()) {
      reply.append("\n`#").append(result.itemId()).append("`: ").append(issue(Optional.of(result)));
    }
    upload.followed().edits().lines().forEach(line -> reply.append('\n').append(line));
    if (upload.newName()) {
      reply.append("\nNo meeting had a file of this name: it is keyed ").append(upload.source());
      reply.append(" (name the upload as its file in the notes repository to update that one).");
    }
    return reply.toString();
  }
}
