package dev.minutes.chat;

import dev.minutes.store.IssueLink;
import dev.minutes.store.ItemFilter;
import dev.minutes.store.Store;
import dev.minutes.store.StoreEvent;
import dev.minutes.store.StoredMeeting;
import dev.minutes.store.TrackedItem;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Announces ingested meetings in the channel, read from the store's outbox (consumer {@value
 * #CONSUMER}). Each meeting is announced once, on its first ingest: the claim is recorded in the
 * store before posting, so a retry or a second process never posts it twice.
 */
public final class Announcer {
  public static final String CONSUMER = "discord";
  private static final int BATCH = 10_000;

  private final Store store;
  private final Supplier<ChatMembers> members;
  private final String notesBaseUrl;
  private final Clock clock;

  public Announcer(Store store, Supplier<ChatMembers> members, String notesBaseUrl, Clock clock) {
    this.store = store;
    this.members = members;
    this.notesBaseUrl = notesBaseUrl;
    this.clock = clock;
  }

  /** The announcement of one meeting as it is stored now. */
  public ChatMessage render(StoredMeeting meeting) {
    List<TrackedItem> items =
        store.items(ItemFilter.all()).stream().filter(i -> i.meetingId() == meeting.id()).toList();
    Map<Long, String> issueUrls = new HashMap<>();
    for (TrackedItem item : items) {
      store
          .issueLink(item.id())
          .map(IssueLink::url)
          .ifPresent(url -> issueUrls.put(item.id(), url));
    }
    return new MeetingAnnouncement(members.get(), notesBaseUrl).render(meeting, items, issueUrls);
  }

  /**
   * Posts what the outbox holds that was not announced yet.
   *
   * @param record false for a dry run: nothing is claimed and the outbox cursor stays, so the real
   *     run later still announces
   * @return how many meetings were posted
   */
  public int announcePending(Chat chat, boolean record) {
    List<StoreEvent> events = store.eventsAfter(CONSUMER, BATCH);
    Set<Long> meetings = new LinkedHashSet<>();
    for (StoreEvent event : events) {
      if (event.kind() == StoreEvent.Kind.MEETING_INGESTED) {
        meetings.add(event.meetingId());
      }
    }
    int posted = 0;
    for (long meetingId : meetings) {
      String key = "discord-announcement:meeting:" + meetingId;
      if (record && !store.claimEffect(key, clock.instant())) {
        continue; // announced before (or being announced by another process)
      }
      if (!record && store.effect(key).isPresent()) {
        continue;
      }
      StoredMeeting meeting = store.meeting(meetingId).orElse(null);
      if (meeting == null) {
        continue;
      }
      try {
        chat.post(render(meeting));
      } catch (RuntimeException e) {
        if (record) {
          store.releaseEffect(key); // not posted: the next run tries again
        }
        throw e;
      }
      if (record) {
        store.completeEffect(key, null, clock.instant());
      }
      posted++;
    }
    if (record && !events.isEmpty()) {
      store.acknowledge(CONSUMER, events.get(events.size() - 1).id());
    }
    return posted;
  }
}
