package dev.minutes.store;

import dev.minutes.items.Effect;
import dev.minutes.items.IssueLink;
import dev.minutes.items.IssueLinks;
import dev.minutes.items.MemberLink;
import dev.minutes.items.MemberLinks;
import dev.minutes.items.NewItem;
import dev.minutes.items.Outbox;
import dev.minutes.items.ReminderCounts;
import dev.minutes.items.SideEffects;
import dev.minutes.items.StoreEvent;
import dev.minutes.items.WrittenIssue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ports through which Minutes records its own follow-up on a JDBC {@link Database}: the outbox,
 * side effects, issue links, member links and reminder counts. {@link JdbcStore} adds the notes'
 * meetings and items; the split keeps each class to one kind of record.
 */
abstract class JdbcFollowUpRecords
    implements Outbox, SideEffects, IssueLinks, MemberLinks, ReminderCounts {
  private final JdbcOutbox outbox;
  private final JdbcSideEffects effects;
  private final JdbcIssueLinks issueLinks;
  private final JdbcMemberLinks members;
  private final JdbcReminderCounts reminders;

  JdbcFollowUpRecords(Database database) {
    this.outbox = new JdbcOutbox(database);
    this.effects = new JdbcSideEffects(database);
    this.issueLinks = new JdbcIssueLinks(database);
    this.members = new JdbcMemberLinks(database);
    this.reminders = new JdbcReminderCounts(database);
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
}
