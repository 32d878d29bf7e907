package dev.minutes.tracker;

import java.util.List;

/**
 * An issue about to be opened for an action item.
 *
 * @param body ends with {@link #marker}, so the issue can be found again after a crash
 * @param marker hidden in the body: {@code <!-- minutes-item: KEY -->}
 */
public record IssueDraft(
    String title, String body, List<String> assignees, List<String> labels, String marker) {

  public IssueDraft {
    assignees = List.copyOf(assignees);
    labels = List.copyOf(labels);
  }

  static final String MARKER_START = "<!-- minutes-item: ";

  /** The part Minutes keeps up to date: the whole body of a draft, up to its marker. */
  public String generated() {
    return IssueBody.generatedPart(body, marker).orElseThrow();
  }

  public static String markerFor(String itemKey) {
    return MARKER_START + itemKey + " -->";
  }
}
