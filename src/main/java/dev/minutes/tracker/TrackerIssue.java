package dev.minutes.tracker;

import dev.minutes.items.IssueLink;
import java.time.Instant;
import java.util.List;

/** An issue or pull request as the tracker reports it. */
public record TrackerIssue(
    IssueRef ref,
    String url,
    boolean pullRequest,
    IssueLink.State state,
    Instant updatedAt,
    String title,
    String body,
    List<String> assignees,
    List<String> labels) {

  public TrackerIssue {
    assignees = List.copyOf(assignees);
    labels = List.copyOf(labels);
  }

  public boolean carries(String marker) {
    return body != null && body.contains(marker);
  }
}
