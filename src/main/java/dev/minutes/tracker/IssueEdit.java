package dev.minutes.tracker;

import java.util.List;

/**
 * The fields of one issue to change in one request; null leaves a field as it is.
 *
 * @param body the whole new body (the generated part replaced, the rest kept)
 */
public record IssueEdit(String title, String body, List<String> assignees, List<String> labels) {
  public static final IssueEdit NONE = new IssueEdit(null, null, null, null);

  public boolean isEmpty() {
    return title == null && body == null && assignees == null && labels == null;
  }
}
