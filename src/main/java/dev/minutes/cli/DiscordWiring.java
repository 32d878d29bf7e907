package dev.minutes.cli;

import dev.minutes.chat.Announcer;
import dev.minutes.chat.ChatMembers;
import dev.minutes.chat.discord.DiscordPoster;
import dev.minutes.chat.discord.DiscordSettings;
import dev.minutes.items.Store;
import dev.minutes.people.PeopleDirectory;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The Discord side built from configuration: settings, token, announcer. */
final class DiscordWiring {
  private static final int PRINTED_ANNOUNCEMENTS = 3;

  /** More announcements than this in one run is a flood: the run stops and asks for --yes. */
  static final int MAX_ANNOUNCEMENTS = 5;

  private final Settings configured;
  private final DiscordSettings settings;

  DiscordWiring(Settings configured) {
    this.configured = configured;
    this.settings = configured.discord().settings();
  }

  DiscordSettings settings() {
    return settings;
  }

  Optional<String> token() {
    return configured
        .secrets()
        .secret(DiscordSettings.TOKEN_VARIABLE, DiscordSettings.TOKEN_FILE_KEY);
  }

  Announcer announcer(Store store, PeopleDirectory people, Clock clock) {
    return new Announcer(
        store,
        () -> members(store, people),
        configured.notes().baseUrl().orElse(null),
        configured.discord().editWindow(),
        clock);
  }

  static ChatMembers members(Store store, PeopleDirectory people) {
    return ChatMembers.of(people, store.memberLinks());
  }

  /**
   * After {@code minutes ingest}: with a token, posts the announcements the outbox holds (more than
   * {@value #MAX_ANNOUNCEMENTS} only with {@code yes}); without one, prints the announcements of
   * the meetings this run added. Meetings imported as history are never announced.
   */
  void announce(
      Store store,
      PeopleDirectory people,
      Clock clock,
      List<Long> newMeetings,
      boolean yes,
      PrintWriter out) {
    Announcer announcer = announcer(store, people, clock);
    Optional<String> token = token();
    Set<Long> history = store.historyMeetings();
    newMeetings = newMeetings.stream().filter(id -> !history.contains(id)).toList();
    if (token.isEmpty()) {
      PrintingChat chat = PrintingChat.withoutToken(out);
      // A first ingest of years of notes would print hundreds: show a few, count the rest.
      newMeetings.stream()
          .limit(PRINTED_ANNOUNCEMENTS)
          .forEach(id -> store.meeting(id).ifPresent(m -> chat.post(announcer.render(m))));
      if (newMeetings.size() > PRINTED_ANNOUNCEMENTS) {
        out.println(
            "Discord: and "
                + (newMeetings.size() - PRINTED_ANNOUNCEMENTS)
                + " more meetings would be announced");
      }
      return;
    }
    int pending = announcer.pendingCount();
    if (pending > MAX_ANNOUNCEMENTS && !yes) {
      out.println(
          "Discord: this run would announce "
              + pending
              + " meetings, more than "
              + MAX_ANNOUNCEMENTS
              + " at once: nothing posted. Run it again with --yes to post them.");
      return;
    }
    // Item changes still edit earlier announcements in place (AnnouncementUpdates).
    if (pending == 0 && !announcer.hasPendingEvents()) {
      out.println("Discord: announced 0 meetings");
      return;
    }
    try (DiscordPoster poster = DiscordPoster.connect(settings, token.get())) {
      int posted = announcer.announcePending(poster, true);
      out.println("Discord: announced " + posted + " meeting" + (posted == 1 ? "" : "s"));
    }
  }
}
