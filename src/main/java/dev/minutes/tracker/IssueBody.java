package dev.minutes.tracker;

import java.util.Optional;

/**
 * The part of an issue body Minutes writes: from {@link #BEGIN} (or the start of the body, for
 * issues opened before the marker existed) to the item's hidden marker. What people write above or
 * below it is theirs, and edits never touch it.
 */
public final class IssueBody {
  /** Where the generated part starts. */
  public static final String BEGIN = "<!-- minutes-begin -->";

  private IssueBody() {}

  /** The generated part, markers included; empty when the body does not carry {@code marker}. */
  public static Optional<String> generatedPart(String body, String marker) {
    if (body == null) {
      return Optional.empty();
    }
    int end = body.indexOf(marker);
    if (end < 0) {
      return Optional.empty();
    }
    int start = Math.max(0, body.lastIndexOf(BEGIN, end));
    return Optional.of(body.substring(start, end + marker.length()));
  }

  /**
   * The body with its generated part replaced by {@code generated} (itself from {@code BEGIN} to
   * {@code marker}); the text around it is kept as it is.
   */
  public static String replaceGenerated(String body, String marker, String generated) {
    int end = body.indexOf(marker);
    if (end < 0) {
      throw new IllegalArgumentException("the body does not carry " + marker);
    }
    int start = Math.max(0, body.lastIndexOf(BEGIN, end));
    return body.substring(0, start) + generated + body.substring(end + marker.length());
  }
}
