package dev.minutes.items;

import dev.minutes.notes.Owner;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An action item as the store knows it across re-ingests and edits.
 *
 * @param id the short number people type ({@code /done 42}); never reused
 * @param key the identity the reconciler matches on (stable across small edits)
 * @param snoozedUntil reminders wait until then; null when not snoozed
 */
public record TrackedItem(
    long id,
    String key,
    long meetingId,
    String meetingSource,
    String meetingTitle,
    LocalDate meetingDate,
    List<String> teams,
    String text,
    List<Owner> owners,
    LocalDate due,
    List<String> refs,
    String section,
    int line,
    ItemStatus status,
    Instant createdAt,
    Instant statusChangedAt,
    Instant snoozedUntil) {

  public TrackedItem {
    teams = List.copyOf(teams);
    owners = List.copyOf(owners);
    refs = List.copyOf(refs);
  }
}
