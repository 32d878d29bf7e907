package dev.minutes.chat;

import dev.minutes.items.MeetingItems;
import dev.minutes.items.RunOnce;
import dev.minutes.items.Store;
import dev.minutes.items.StoreEvent;
import dev.minutes.items.StoredMeeting;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
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
  private final RunOnce runOnce;
  private final Supplier<ChatMembers> members;
  private final String notesBaseUrl;
  private final Clock clock;
  private final AnnouncementUpdates updates;

  /**
   * @param editWindow how long after posting an announcement is edited in place when its items
   *     change; after that a note goes to its thread
   */
  public Announcer(
      Store store,
      Supplier<ChatMembers> members,
      String notesBaseUrl,
      Duration editWindow,
      Clock clock) {
    this.store = store;
    this.runOnce = new RunOnce(store, clock);
    this.members = members;
    this.notesBaseUrl = notesBaseUrl;
    this.clock = clock;
    this.updates = new AnnouncementUpdates(store, editWindow, clock);
  }

  /** How many meetings the next {@link #announcePending} would post. */
  public int pendingCount() {
    return (int)
        meetings(store.eventsAfter(CONSUMER, BATCH)).stream()
            .filter(id -> store.effect(AnnouncementUpdates.key(id)).isEmpty())
            .count();
  }

  /** Whether the outbox holds anything this announcer has not read: meetings or item changes. */
  public boolean hasPendingEvents() {
    return !store.eventsAfter(CONSUMER, 1).isEmpty();
  }

  /** The meetings the events announce, in order; meetings imported as history are never. */
  private Set<Long> meetings(List<StoreEvent> events) {
    Set<Long> history = store.historyMeetings();
    Set<Long> meetings = new LinkedHashSet<>();
    for (StoreEvent event : events) {
      if (event.kind() == StoreEvent.Kind.MEETING_INGESTED
          && !history.contains(event.meetingId())) {
        meetings.add(event.meetingId());
      }
    }
    return meetings;
  }

  /** The announcement of one meeting as it is stored now. */
  public ChatMessage render(StoredMeeting meeting) {
    MeetingItems items = store.meetingItems(meeting.id());
    return new MeetingAnnouncement(members.get(), notesBaseUrl)
        .render(meeting, items.items(), items.issueUrls());
  }

  /**
   * Posts what the outbox holds that was not announced yet.
   *
   * <p>Then, when recording, updates the announcements of meetings whose items changed since (see
   * {@link AnnouncementUpdates}).
   *
   * @param record false for a dry run: nothing is claimed and the outbox cursor stays, so the real
   *     run later still announces
   * @return how many meetings were posted
   */
  public int announcePending(Chat chat, boolean record) {
    List<StoreEvent> events = store.eventsAfter(CONSUMER, BATCH);
    Set<Long> posted = new LinkedHashSet<>();
    for (long meetingId : meetings(events)) {
      String key = AnnouncementUpdates.key(meetingId);
      StoredMeeting meeting = store.meeting(meetingId).orElse(null);
      if (meeting == null) {
        continue;
      }
      if (!record) {
        if (!runOnce.known(key)) {
          chat.post(render(meeting));
          posted.add(meetingId);
        }
        continue;
      }
      // Announced before, or being announced by another process: skipped.
      if (runOnce.run(key, () -> chat.postKept(render(meeting)))) {
        posted.add(meetingId);
      }
    }
    if (record) {
      updates.update(chat, events, posted, this);
    }
    if (record && !events.isEmpty()) {
      store.acknowledge(CONSUMER, events.get(events.size() - 1).id());
    }
    return posted.size();
  }
}
