package dev.minutes.ingest;

import dev.minutes.notes.Meeting;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Which new meetings go in as history: those dated before the cutoff, or every one of a backfill
 * run. History is stored and listed but opens no issue, is not announced and reminds nobody, so
 * adopting Minutes on years of notes floods nobody.
 *
 * @param cutoff meetings dated before it are history
 * @param backfill true when the whole run is history ({@code ingest --backfill})
 */
public record Adoption(LocalDate cutoff, boolean backfill) {
  /** The default distance between the store's first ingest and the cutoff. */
  public static final int DEFAULT_DAYS_BEFORE_FIRST_INGEST = 14;

  /**
   * The cutoff: {@code since} when configured ({@code notes.since}), else 14 days before the
   * store's first ingest ({@code now} for an empty store).
   */
  public static Adoption of(
      Optional<LocalDate> since, Optional<Instant> firstIngest, Instant now, boolean backfill) {
    LocalDate cutoff =
        since.orElseGet(
            () ->
                firstIngest
                    .orElse(now)
                    .atOffset(ZoneOffset.UTC)
                    .toLocalDate()
                    .minusDays(DEFAULT_DAYS_BEFORE_FIRST_INGEST));
    return new Adoption(cutoff, backfill);
  }

  /** True when a meeting ingested for the first time now goes in as history. */
  public boolean isHistory(Meeting meeting) {
    return backfill || (meeting.date() != null && meeting.date().isBefore(cutoff));
  }
}
