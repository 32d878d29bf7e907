package dev.minutes.items;

import dev.minutes.notes.Meeting;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The meetings Minutes has ingested, and the one way to write one. Every method is atomic. */
public interface Meetings {
  /**
   * Writes one parsed meeting in one transaction: locks the meeting, hands its stored items to
   * {@code planner}, applies the plan and appends outbox events. When {@code contentHash} equals
   * the stored one nothing is written. With {@code dryRun} the outcome is computed and rolled back.
   */
  default IngestOutcome ingest(
      Meeting meeting, String contentHash, ItemPlanner planner, Instant at, boolean dryRun) {
    return ingest(meeting, contentHash, planner, at, dryRun, false);
  }

  /**
   * As {@link #ingest(Meeting, String, ItemPlanner, Instant, boolean)}; with {@code history} a
   * meeting this call creates is marked as history (see {@link #historyMeetings}) in the same
   * transaction. A meeting that exists keeps what it is.
   */
  IngestOutcome ingest(
      Meeting meeting,
      String contentHash,
      ItemPlanner planner,
      Instant at,
      boolean dryRun,
      boolean history);

  /**
   * The meetings imported as history: stored and listed, but they open no issue, are not announced
   * and remind nobody unless someone asks.
   */
  Set<Long> historyMeetings();

  /** When the store's first meeting was ingested; empty for an empty store. */
  Optional<Instant> firstIngest();

  /**
   * Meeting id → source for the meetings still known by the path as it was typed (stores from
   * before meeting identity); empty once every one was re-keyed.
   */
  Map<Long, String> unkeyedMeetings();

  /**
   * Gives a meeting a new identity: its path relative to the notes root after re-keying, or a
   * renamed file's new path. Items, issues and announcements stay with the meeting.
   *
   * @return the id of another meeting that already has {@code source} (nothing changed), else empty
   */
  Optional<Long> rekeyMeeting(long id, String source);

  /** The meeting known by {@code source}, if any. */
  Optional<Long> meetingId(String source);

  /**
   * The sources of the meetings whose file is named {@code fileName}, in any folder under the notes
   * root (a chat upload has only a name); sorted.
   */
  List<String> sourcesNamed(String fileName);

  /** The content hash stored for a meeting's source, so unchanged files skip parsing. */
  Optional<String> contentHash(String source);

  /**
   * Source → the stamp (size, modification time) of the file each meeting was last read from, for
   * the meetings that have one: what lets an unchanged file be skipped unread.
   */
  Map<String, String> fileStamps();

  /**
   * Records the stamp of the file the meeting known by {@code source} was last read from, and
   * forgets any verdict kept for that file.
   */
  void recordFileStamp(String source, String stamp);

  /** Source → the verdict kept for each file that is refused or is not meeting notes; one read. */
  Map<String, FileVerdict> fileVerdicts();

  /** Keeps (or replaces) the verdict on the file {@code source}. */
  void recordFileVerdict(String source, FileVerdict verdict);

  /** Meetings, newest first; {@code team} null for all. */
  List<StoredMeeting> meetings(String team);

  Optional<StoredMeeting> meeting(long id);

  /** Meetings dated from {@code firstDay} to {@code lastDay} included, and every undated one. */
  List<StoredMeeting> meetingsDated(LocalDate firstDay, LocalDate lastDay);
}
