package dev.minutes.tracker;

import dev.minutes.items.IssueLink;
import java.time.Instant;

/** An issue or pull request as the tracker reports it. */
public record TrackerIssue(
    IssueRef ref,
    String url,
    boolean pullRequest,
    IssueLink.State state,
    Instant updatedAt,
    String body) {

  public boolean carries(String marker) {
    return body != null && body.contains(marker);
  }
}
