package dev.minutes.cli;

import dev.minutes.application.AnnounceMeetings;
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

/** The Discord side built from configuration: settings, token, announcer. */
final class DiscordWiring {
  private static final int PRINTED_ANNOUNCEMENTS = 3;

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

  /** The announcements use case over this configuration's announcer. */
  AnnounceMeetings announceMeetings(Store store, PeopleDirectory people, Clock clock) {
    return new AnnounceMeetings(announcer(store, people, clock), store);
  }

  /**
   * After {@code minutes ingest}: with a token, posts the announcements the outbox holds (more than
   * {@value AnnounceMeetings#MAX_AT_ONCE} only with {@code yes}); without one, prints the
   * announcements of the meetings this run added.
   */
  void announce(
      Store store,
      PeopleDirectory people,
      Clock clock,
      List<Long> newMeetings,
      boolean yes,
      PrintWriter out) {
    AnnounceMeetings announcements = announceMeetings(store, people, clock);
    Optional<String> token = token();
    if (token.isEmpty()) {
      // A first ingest of years of notes would print hundreds: show a few, count the rest.
      AnnounceMeetings.Preview preview = announcements.preview(newMeetings, PRINTED_ANNOUNCEMENTS);
      PrintingChat chat = PrintingChat.withoutToken(out);
      preview.shown().forEach(chat::post);
      if (preview.notShown() > 0) {
        out.println("Discord: and " + preview.notShown() + " more meetings would be announced");
      }
      return;
    }
    AnnounceMeetings.Run run =
        announcements.announce(() -> DiscordPoster.connect(settings, token.get()), yes);
    if (run.heldBack()) {
      out.println(
          "Discord: this run would announce "
              + run.pending()
              + " meetings, more than "
              + AnnounceMeetings.MAX_AT_ONCE
              + " at once: nothing posted. Run it again with --yes to post them.");
      return;
    }
    out.println("Discord: announced " + run.posted() + " meeting" + (run.posted() == 1 ? "" : "s"));
  }
}
