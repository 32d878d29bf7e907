package dev.minutes.digest;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting as the digest lists it.
 *
 * @param link where to read the notes: {@code notes.base-url} + source, or the source path
 */
public record DigestMeeting(
    String title, List<String> teams, LocalDate date, String link, List<String> decisions) {

  public DigestMeeting {
    teams = List.copyOf(teams);
    decisions = List.copyOf(decisions);
  }
}
