package dev.minutes.digest;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting as the digest lists it.
 *
 * @param link where to read the notes: {@code notes.base-url} + the path in the notes repository,
 *     or that path alone without a base URL (only the file name for a file outside the repository)
 */
public record DigestMeeting(
    String title, List<String> teams, LocalDate date, String link, List<String> decisions) {

  public DigestMeeting {
    teams = List.copyOf(teams);
    decisions = List.copyOf(decisions);
  }
}
