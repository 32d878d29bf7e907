package dev.minutes.store;

import dev.minutes.items.FileVerdict;
import dev.minutes.items.IngestOutcome;
import dev.minutes.items.ItemFilter;
import dev.minutes.items.ItemHistoryEntry;
import dev.minutes.items.ItemListing;
import dev.minutes.items.ItemPlanner;
import dev.minutes.items.ItemStatus;
import dev.minutes.items.ListedItem;
import dev.minutes.items.ListedLine;
import dev.minutes.items.ListingCount;
import dev.minutes.items.MeetingItems;
import dev.minutes.items.Store;
import dev.minutes.items.StoredMeeting;
import dev.minutes.items.TrackedItem;
import dev.minutes.items.WriteBatch;
import dev.minutes.notes.Meeting;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The {@link Store} on a JDBC {@link Database}: SQLite by default, PostgreSQL when shared. Each
 * port is implemented by its own class over the same database; this one hands out the whole, the
 * meetings and items here and Minutes' own follow-up records in {@link JdbcFollowUpRecords}.
 */
public final class JdbcStore extends JdbcFollowUpRecords implements Store {
  private final Database database;
  private final JdbcMeetings meetings;
  private final JdbcItems items;

  public JdbcStore(Database database) {
    super(database);
    this.database = database;
    this.meetings = new JdbcMeetings(database);
    this.items = new JdbcItems(database);
  }

  @Override
  public IngestOutcome ingest(
      Meeting meeting,
      String contentHash,
      ItemPlanner planner,
      Instant at,
      boolean dryRun,
      boolean history) {
    return meetings.ingest(meeting, contentHash, planner, at, dryRun, history);
  }

  @Override
  public Optional<String> contentHash(String source) {
    return meetings.contentHash(source);
  }

  @Override
  public Map<String, String> fileStamps() {
    return meetings.fileStamps();
  }

  @Override
  public void recordFileStamp(String source, String stamp) {
    meetings.recordFileStamp(source, stamp);
  }

  @Override
  public Map<String, FileVerdict> fileVerdicts() {
    return meetings.fileVerdicts();
  }

  @Override
  public void recordFileVerdict(String source, FileVerdict verdict) {
    meetings.recordFileVerdict(source, verdict);
  }

  @Override
  public List<StoredMeeting> meetings(String team) {
    return meetings.meetings(team);
  }

  @Override
  public Optional<StoredMeeting> meeting(long id) {
    return meetings.meeting(id);
  }

  @Override
  public List<TrackedItem> items(ItemFilter filter) {
    return items.items(filter);
  }

  @Override
  public void eachItem(ItemFilter filter, Consumer<TrackedItem> action) {
    items.eachItem(filter, action);
  }

  @Override
  public ListingCount eachListed(
      ItemFilter filter, ItemListing listing, Consumer<ListedItem> action) {
    return items.eachListed(filter, listing, action);
  }

  @Override
  public ListingCount eachListedLine(
      ItemFilter filter, ItemListing listing, Consumer<ListedLine> action) {
    return items.eachListedLine(filter, listing, action);
  }

  @Override
  public MeetingItems meetingItems(long meetingId) {
    return items.meetingItems(meetingId);
  }

  @Override
  public List<TrackedItem> digestItems(
      LocalDate firstDay, LocalDate lastDay, Instant since, Instant until, LocalDate dueBefore) {
    return items.digestItems(firstDay, lastDay, since, until, dueBefore);
  }

  @Override
  public int openItemsAt(Instant at, LocalDate firstDayNotBorn) {
    return items.openItemsAt(at, firstDayNotBorn);
  }

  @Override
  public List<StoredMeeting> meetingsDated(LocalDate firstDay, LocalDate lastDay) {
    return meetings.meetingsDated(firstDay, lastDay);
  }

  @Override
  public WriteBatch writeBatch(int transactionsPerCommit) {
    return database.batch(transactionsPerCommit);
  }

  @Override
  public Optional<TrackedItem> item(long id) {
    return items.item(id);
  }

  @Override
  public List<ItemHistoryEntry> history(long itemId) {
    return items.history(itemId);
  }

  @Override
  public TrackedItem setStatus(long id, ItemStatus status, String actor, Instant at) {
    return items.setStatus(id, status, actor, at);
  }

  @Override
  public TrackedItem snooze(long id, Instant until, String actor, Instant at) {
    return items.snooze(id, until, actor, at);
  }

  @Override
  public Set<Long> historyMeetings() {
    return meetings.historyMeetings();
  }

  @Override
  public Optional<Instant> firstIngest() {
    return meetings.firstIngest();
  }

  @Override
  public Map<Long, String> unkeyedMeetings() {
    return meetings.unkeyedMeetings();
  }

  @Override
  public Optional<Long> rekeyMeeting(long id, String source) {
    return meetings.rekeyMeeting(id, source);
  }

  @Override
  public Optional<Long> meetingId(String source) {
    return meetings.meetingId(source);
  }

  @Override
  public List<String> sourcesNamed(String fileName) {
    return meetings.sourcesNamed(fileName);
  }

  @Override
  public void close() {
    database.close();
  }
}
