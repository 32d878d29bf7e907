package dev.minutes.chat;

import dev.minutes.items.Effect;
import dev.minutes.items.RunOnce;
import dev.minutes.items.Store;
import dev.minutes.items.StoreEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps a meeting's announcement true when its items change after it was posted: within {@code
 * discord.edit-window} the announcement is edited in place; after that (or when it no longer fits
 * one message) a short "updated" note goes to the announcement's thread. Each update is claimed in
 * the store under the announcement's key and the outbox event, so it is done once.
 */
public final class AnnouncementUpdates {
  private static final String PREFIX = "discord-announcement:meeting:";
  private static final Set<StoreEvent.Kind> ITEM_EVENTS =
      Set.of(
          StoreEvent.Kind.ITEM_NEW,
          StoreEvent.Kind.ITEM_CHANGED,
          StoreEvent.Kind.ITEM_REMOVED,
          StoreEvent.Kind.ITEM_DONE,
          StoreEvent.Kind.ITEM_REOPENED);

  private final Store store;
  private final Duration editWindow;
  private final Clock clock;
  private final RunOnce runOnce;

  public AnnouncementUpdates(Store store, Duration editWindow, Clock clock) {
    this.store = store;
    this.editWindow = editWindow;
    this.clock = clock;
    this.runOnce = new RunOnce(store, clock);
  }

  /** The run-once key of a meeting's announcement; its updates' keys extend it. */
  public static String key(long meetingId) {
    return PREFIX + meetingId;
  }

  /**
   * What a side effect under {@link #key} was, for {@code minutes show}: announced, edited, or an
   * update note; empty for another meeting's key that merely shares the prefix.
   */
  public static Optional<String> describe(Effect effect, long meetingId) {
    String key = key(meetingId);
    if (effect.key().equals(key)) {
      return Optional.of("meeting announced in the chat");
    }
    if (effect.key().startsWith(key + ":edit@")) {
      return Optional.of("announcement edited in place");
    }
    if (effect.key().startsWith(key + ":note@")) {
      return Optional.of("\"updated\" note posted in the announcement's thread");
    }
    return Optional.empty();
  }

  /**
   * Updates the announcements of meetings whose items these outbox events changed, except the
   * meetings announced by this same pass ({@code justAnnounced}); returns how many were updated.
   */
  int update(Chat chat, List<StoreEvent> events, Set<Long> justAnnounced, Announcer announcer) {
    Map<Long, List<StoreEvent>> byMeeting = new LinkedHashMap<>();
    for (StoreEvent event : events) {
      if (ITEM_EVENTS.contains(event.kind()) && !justAnnounced.contains(event.meetingId())) {
        byMeeting.computeIfAbsent(event.meetingId(), m -> new java.util.ArrayList<>()).add(event);
      }
    }
    int updated = 0;
    for (Map.Entry<Long, List<StoreEvent>> meeting : byMeeting.entrySet()) {
      Optional<Effect> announced = store.effect(key(meeting.getKey()));
      if (announced.isEmpty()
          || announced.get().completedAt() == null
          || announced.get().externalRef() == null) {
        continue; // never posted, or posted by a chat that keeps no messages
      }
      if (updateOne(chat, meeting.getKey(), meeting.getValue(), announced.get(), announcer)) {
        updated++;
      }
    }
    return updated;
  }

  private boolean updateOne(
      Chat chat, long meetingId, List<StoreEvent> events, Effect announced, Announcer announcer) {
    long lastEvent = events.get(events.size() - 1).id();
    boolean inWindow = clock.instant().isBefore(announced.completedAt().plus(editWindow));
    String editKey = key(meetingId) + ":edit@event-" + lastEvent;
    String noteKey = key(meetingId) + ":note@event-" + lastEvent;
    if (runOnce.known(editKey) || runOnce.known(noteKey)) {
      return false;
    }
    String messageId = announced.externalRef();
    if (inWindow) {
      ChatMessage current = announcer.render(store.meeting(meetingId).orElseThrow());
      if (!runOnce.claim(editKey).claimed()) {
        return false;
      }
      boolean edited;
      try {
        edited = chat.edit(messageId, current);
      } catch (RuntimeException e) {
        runOnce.release(editKey);
        throw e;
      }
      if (edited) {
        runOnce.complete(editKey, messageId);
        return true;
      }
      runOnce.release(editKey); // too long for one message: a note instead
    }
    return runOnce.run(
        noteKey,
        () -> {
          chat.postInThread(messageId, "Updates", ChatMessage.plain(note(events)));
          return messageId;
        });
  }

  /** "Updated: 1 item added, 2 edited." — what changed, without repeating the items. */
  static String note(List<StoreEvent> events) {
    Map<StoreEvent.Kind, Long> counts =
        events.stream()
            .collect(
                Collectors.groupingBy(
                    StoreEvent::kind,
                    () -> new EnumMap<>(StoreEvent.Kind.class),
                    Collectors.mapping(
                        StoreEvent::itemId,
                        Collectors.collectingAndThen(Collectors.toSet(), s -> (long) s.size()))));
    String what =
        counts.entrySet().stream()
            .map(e -> e.getValue() + " " + verb(e.getKey()))
            .collect(Collectors.joining(", "));
    return "Updated: the action items of this meeting changed since it was announced ("
        + what
        + "). `/meeting` shows them as they are now.";
  }

  private static String verb(StoreEvent.Kind kind) {
    return switch (kind) {
      case ITEM_NEW -> "added";
      case ITEM_CHANGED -> "edited";
      case ITEM_REMOVED -> "removed";
      case ITEM_DONE -> "done";
      case ITEM_REOPENED -> "reopened";
      case MEETING_INGESTED -> "ingested";
    };
  }
}
