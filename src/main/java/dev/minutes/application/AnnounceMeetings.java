package dev.minutes.application;

import dev.minutes.chat.Announcer;
import dev.minutes.chat.Chat;
import dev.minutes.chat.ChatMessage;
import dev.minutes.chat.ChatSession;
import dev.minutes.items.Meetings;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Announces the meetings an ingest added, and edits the announcements whose items changed (see
 * {@link Announcer}): after {@code minutes ingest} and {@code minutes watch}, and in the bot after
 * {@code /ingest}, after a pull of the notes repository and when it starts. Meetings imported as
 * history are never announced.
 */
public final class AnnounceMeetings {
  /** More announcements than this in one command run is a flood: it asks for --yes instead. */
  public static final int MAX_AT_ONCE = 5;

  private final Announcer announcer;
  private final Meetings meetings;

  public AnnounceMeetings(Announcer announcer, Meetings meetings) {
    this.announcer = announcer;
    this.meetings = meetings;
  }

  /**
   * What one run did.
   *
   * @param pending meetings the outbox held to announce
   * @param posted meetings announced now
   * @param heldBack true when nothing was posted because {@code pending} was more than {@link
   *     #MAX_AT_ONCE} without {@code yes}
   */
  public record Run(int pending, int posted, boolean heldBack) {}

  /**
   * Posts what the outbox holds through the chat {@code connect} opens, which it opens only when
   * there is something to post or edit; more than {@link #MAX_AT_ONCE} meetings only with {@code
   * yes}.
   */
  public Run announce(Supplier<? extends ChatSession> connect, boolean yes) {
    int pending = announcer.pendingCount();
    if (pending > MAX_AT_ONCE && !yes) {
      return new Run(pending, 0, true);
    }
    if (pending == 0 && !announcer.hasPendingEvents()) {
      return new Run(0, 0, false);
    }
    try (ChatSession chat = connect.get()) {
      return new Run(pending, announcer.announcePending(chat, true), false);
    }
  }

  /** Posts everything the outbox holds through a chat that stays connected (the bot's). */
  public int announce(Chat chat) {
    return announcer.announcePending(chat, true);
  }

  /**
   * The announcements of the first {@code limit} meetings, as they would be posted.
   *
   * @param notShown how many further meetings would be announced
   */
  public record Preview(List<ChatMessage> shown, int notShown) {}

  /** Without a chat to post to: what these new meetings would get, history left out. */
  public Preview preview(List<Long> newMeetings, int limit) {
    Set<Long> history = meetings.historyMeetings();
    List<Long> announced = newMeetings.stream().filter(id -> !history.contains(id)).toList();
    List<ChatMessage> shown =
        announced.stream()
            .limit(limit)
            .map(meetings::meeting)
            .flatMap(Optional::stream)
            .map(announcer::render)
            .toList();
    return new Preview(shown, Math.max(0, announced.size() - limit));
  }
}
