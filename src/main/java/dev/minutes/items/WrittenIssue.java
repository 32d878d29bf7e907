package dev.minutes.items;

import java.util.List;

/**
 * What Minutes last wrote into an issue it opened: compared with the issue before an edit, so that
 * a field people changed on GitHub is left as they made it.
 *
 * @param body the generated part of the body only (see the tracker's IssueBody)
 */
public record WrittenIssue(String title, String body, List<String> assignees) {
  public WrittenIssue {
    assignees = List.copyOf(assignees);
  }
}
