package dev.minutes.store;

import dev.minutes.items.Effect;
import dev.minutes.items.IngestOutcome;
import dev.minutes.items.IssueLink;
import dev.minutes.items.ItemFilter;
import dev.minutes.items.ItemHistoryEntry;
import dev.minutes.items.ItemListing;
import dev.minutes.items.ItemPlanner;
import dev.minutes.items.ItemStatus;
import dev.minutes.items.ListedItem;
import dev.minutes.items.ListingCount;
import dev.minutes.items.MeetingItems;
import dev.minutes.items.MemberLink;
import dev.minutes.items.NewItem;
import dev.minutes.items.Store;
import dev.minutes.items.StoreEvent;
import dev.minutes.items.StoredMeeting;
import dev.minutes.items.TrackedItem;
import dev.minutes.items.WriteBatch;
import dev.minutes.items.WrittenIssue;
import dev.minutes.notes.Meeting;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The {@link Store} on a JDBC {@link Database}: SQLite by default, PostgreSQL when shared. Each
 * port is implemented by its own class over the same database; this one hands out the whole.
 */
public final class JdbcStore implements Store {
  private final Database database;
  private final JdbcMeetings meetings;
  private final JdbcItems items;
  private final JdbcOutbox outbox;
  private final JdbcSideEffects effects;
  private final JdbcIssueLinks issueLinks;
  private final JdbcMemberLinks members;
  private final JdbcReminderCounts reminders;

  public JdbcStore(Database database) {
    this.database = database;
    this.meetings = new JdbcMeetings(database);
    this.items = new JdbcItems(database);
    this.outbox = new JdbcOutbox(database);
    this.effects = new JdbcSideEffects(database);
    this.issueLinks = new JdbcIssueLinks(database);
    this.members = new JdbcMemberLinks(database);
    this.reminders = new JdbcReminderCounts(database);
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
  public List<NewItem> newItemsAfter(long afterEventId, int limit) {
    return outbox.newItemsAfter(afterEventId, limit);
  }

  @Override
  public long lastEventId() {
    return outbox.lastEventId();
  }

  @Override
  public long cursor(String consumer) {
    return outbox.cursor(consumer);
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
  public List<StoreEvent> eventsAfter(String consumer, int limit) {
    return outbox.eventsAfter(consumer, limit);
  }

  @Override
  public void acknowledge(String consumer, long eventId) {
    outbox.acknowledge(consumer, eventId);
  }

  @Override
  public boolean claimEffect(String key, Instant at) {
    return effects.claimEffect(key, at);
  }

  @Override
  public void completeEffect(String key, String externalRef, Instant at) {
    effects.completeEffect(key, externalRef, at);
  }

  @Override
  public void releaseEffect(String key) {
    effects.releaseEffect(key);
  }

  @Override
  public Optional<Effect> effect(String key) {
    return effects.effect(key);
  }

  @Override
  public boolean reclaimStaleEffect(String key, Instant claimedBefore, Instant at) {
    return effects.reclaimStaleEffect(key, claimedBefore, at);
  }

  @Override
  public void linkIssue(IssueLink link, String effectKey, Instant at) {
    issueLinks.linkIssue(link, null, effectKey, at);
  }

  @Override
  public Optional<IssueLink> issueLink(long itemId) {
    return issueLinks.issueLink(itemId);
  }

  @Override
  public Map<Long, String> issueUrls(Collection<Long> itemIds) {
    return issueLinks.issueUrls(itemIds);
  }

  @Override
  public List<IssueLink> issueLinks() {
    return issueLinks.issueLinks();
  }

  @Override
  public void recordIssueState(
      IssueLink link,
      IssueLink.State state,
      IssueLink.DoneWhen doneWhen,
      String actor,
      Instant at) {
    issueLinks.recordIssueState(link, state, doneWhen, actor, at);
  }

  @Override
  public Optional<Instant> syncedUntil(String repo) {
    return issueLinks.syncedUntil(repo);
  }

  @Override
  public void setSyncedUntil(String repo, Instant until) {
    issueLinks.setSyncedUntil(repo, until);
  }

  @Override
  public void setRemindersEnabled(String person, boolean enabled, Instant at) {
    members.setRemindersEnabled(person, enabled, at);
  }

  @Override
  public Set<String> reminderOptOuts() {
    return members.reminderOptOuts();
  }

  @Override
  public List<Effect> effects(String keyPrefix) {
    return effects.effects(keyPrefix);
  }

  @Override
  public void linkIssue(IssueLink link, WrittenIssue written, String effectKey, Instant at) {
    issueLinks.linkIssue(link, written, effectKey, at);
  }

  @Override
  public List<IssueLink> issueLinks(long itemId) {
    return issueLinks.issueLinks(itemId);
  }

  @Override
  public Optional<WrittenIssue> writtenIssue(IssueLink link) {
    return issueLinks.writtenIssue(link);
  }

  @Override
  public void recordIssueSideEffect(
      IssueLink link,
      String change,
      WrittenIssue written,
      IssueLink.State state,
      String effectKey,
      Instant at) {
    issueLinks.recordIssueSideEffect(link, change, written, state, effectKey, at);
  }

  @Override
  public void recordRepeatedReminders(Collection<Long> itemIds, LocalDate day) {
    reminders.recordRepeatedReminders(itemIds, day);
  }

  @Override
  public Map<Long, Integer> repeatedReminderCounts() {
    return reminders.repeatedReminderCounts();
  }

  @Override
  public void linkMember(String chatUserId, String person, String confirmedBy, Instant at) {
    members.linkMember(chatUserId, person, confirmedBy, at);
  }

  @Override
  public Optional<MemberLink> memberLink(String chatUserId) {
    return members.memberLink(chatUserId);
  }

  @Override
  public List<MemberLink> memberLinks() {
    return members.memberLinks();
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
