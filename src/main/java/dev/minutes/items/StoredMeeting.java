package dev.minutes.items;

import dev.minutes.notes.AgendaItem;
import dev.minutes.notes.Decision;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A meeting as stored: identified by its source path. */
public record StoredMeeting(
    long id,
    String source,
    String title,
    OffsetDateTime datetime,
    LocalDate date,
    List<String> teams,
    List<AgendaItem> agenda,
    List<Decision> decisions,
    Instant ingestedAt) {

  public StoredMeeting {
    teams = List.copyOf(teams);
    agenda = List.copyOf(agenda);
    decisions = List.copyOf(decisions);
  }
}
