package dev.minutes.store;

import dev.minutes.items.FileVerdict;
import dev.minutes.items.IngestOutcome;
import dev.minutes.items.ItemPlanner;
import dev.minutes.items.Meetings;
import dev.minutes.items.StoredMeeting;
import dev.minutes.notes.Meeting;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The meetings table: ingest in one transaction, and reads. */
final class JdbcMeetings implements Meetings {
  private final Database database;

  JdbcMeetings(Database database) {
    this.database = database;
  }

  @Override
  public IngestOutcome ingest(
      Meeting meeting,
      String contentHash,
      ItemPlanner planner,
      Instant at,
      boolean dryRun,
      boolean history) {
    try {
      return database.inTransaction(
          connection -> {
            IngestOutcome outcome =
                new MeetingWriter(connection, database.dialect(), at)
                    .write(meeting, contentHash, planner);
            if (history && outcome.newMeeting()) {
              MeetingIdentityTable.markHistory(connection, outcome.meetingId());
            }
            if (dryRun) {
              throw new DryRunRollback(outcome);
            }
            return outcome;
          });
    } catch (DryRunRollback rolledBack) {
      return rolledBack.outcome;
    }
  }

  @Override
  public Set<Long> historyMeetings() {
    return database.inTransaction(MeetingIdentityTable::history);
  }

  @Override
  public Optional<Instant> firstIngest() {
    return database.inTransaction(MeetingIdentityTable::firstIngest);
  }

  @Override
  public Map<Long, String> unkeyedMeetings() {
    return database.inTransaction(MeetingIdentityTable::unkeyed);
  }

  @Override
  public Optional<Long> rekeyMeeting(long id, String source) {
    return database.inTransaction(connection -> MeetingIdentityTable.move(connection, id, source));
  }

  @Override
  public Optional<Long> meetingId(String source) {
    return database.inTransaction(connection -> MeetingIdentityTable.idOf(connection, source));
  }

  @Override
  public List<String> sourcesNamed(String fileName) {
    return database.inTransaction(
        connection -> MeetingIdentityTable.sourcesNamed(connection, fileName));
  }

  @Override
  public Optional<String> contentHash(String source) {
    return database.inTransaction(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement("SELECT content_hash FROM meetings WHERE source = ?")) {
            select.setString(1, source);
            try (ResultSet row = select.executeQuery()) {
              return row.next() && !row.getString(1).isEmpty()
                  ? Optional.of(row.getString(1))
                  : Optional.empty();
            }
          }
        });
  }

  @Override
  public Map<String, String> fileStamps() {
    return database.inTransaction(FileStampTable::stamps);
  }

  @Override
  public void recordFileStamp(String source, String stamp) {
    database.inTransaction(
        connection -> {
          FileStampTable.recordStamp(connection, source, stamp);
          return null;
        });
  }

  @Override
  public Map<String, FileVerdict> fileVerdicts() {
    return database.inTransaction(FileStampTable::verdicts);
  }

  @Override
  public void recordFileVerdict(String source, FileVerdict verdict) {
    database.inTransaction(
        connection -> {
          FileStampTable.recordVerdict(connection, source, verdict);
          return null;
        });
  }

  @Override
  public List<StoredMeeting> meetings(String team) {
    List<StoredMeeting> meetings =
        database.inTransaction(
            connection -> {
              try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT "
                          + Rows.MEETING_COLUMNS
                          + " FROM meetings WHERE content_hash <> ''"
                          + " ORDER BY meeting_date DESC, source")) {
                List<StoredMeeting> all = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                  while (row.next()) {
                    all.add(Rows.meeting(row));
                  }
                }
                return all;
              }
            });
    return meetings.stream()
        .filter(meeting -> team == null || JdbcItems.containsIgnoringCase(meeting.teams(), team))
        .toList();
  }

  @Override
  public List<StoredMeeting> meetingsDated(LocalDate firstDay, LocalDate lastDay) {
    return database.inTransaction(
        connection -> DigestQueries.meetingsDated(connection, firstDay, lastDay));
  }

  @Override
  public Optional<StoredMeeting> meeting(long id) {
    return database.inTransaction(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT " + Rows.MEETING_COLUMNS + " FROM meetings WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
              return row.next() ? Optional.of(Rows.meeting(row)) : Optional.empty();
            }
          }
        });
  }

  /** Carries a dry run's outcome out of the transaction it rolls back. */
  private static final class DryRunRollback extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient IngestOutcome outcome;

    DryRunRollback(IngestOutcome outcome) {
      super("dry run", null, false, false);
      this.outcome = outcome;
    }
  }
}
