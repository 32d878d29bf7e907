package dev.minutes.items;

import dev.minutes.notes.Meeting;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The meetings Minutes has ingested, and the one way to write one. Every method is atomic. */
public interface Meetings {
  /**
   * Writes one parsed meeting in one transaction: locks the meeting, hands its stored items to
   * {@code planner}, applies the plan and appends outbox events. When {@code contentHash} equals
   * the stored one nothing is written. With {@code dryRun} the outcome is computed and rolled back.
   */
  IngestOutcome ingest(
      Meeting meeting, String contentHash, ItemPlanner planner, Instant at, boolean dryRun);

  /** The content hash stored for a meeting's source, so unchanged files skip parsing. */
  Optional<String> contentHash(String source);

  /** Meetings, newest first; {@code team} null for all. */
  List<StoredMeeting> meetings(String team);

  Optional<StoredMeeting> meeting(long id);

  /** Meetings dated from {@code firstDay} to {@code lastDay} included, and every undated one. */
  List<StoredMeeting> meetingsDated(LocalDate firstDay, LocalDate lastDay);
}
