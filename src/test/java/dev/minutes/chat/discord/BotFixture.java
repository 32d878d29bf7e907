package dev.minutes.chat.discord;

import dev.minutes.TestNotes;
import dev.minutes.application.AnnounceMeetings;
import dev.minutes.application.ChangeItemStatus;
import dev.minutes.application.IngestNotes;
import dev.minutes.application.OpenIssues;
import dev.minutes.application.SyncIssues;
import dev.minutes.chat.Announcer;
import dev.minutes.ingest.Ingester;
import dev.minutes.items.Store;
import dev.minutes.parse.NotesParser;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.people.Person;
import dev.minutes.store.Database;
import dev.minutes.store.JdbcStore;
import dev.minutes.tracker.DryRunTracker;
import dev.minutes.tracker.IssueDrafter;
import dev.minutes.tracker.IssueFollower;
import dev.minutes.tracker.IssueOpener;
import dev.minutes.tracker.IssueResult;
import dev.minutes.tracker.IssueSync;
import dev.minutes.tracker.TrackerSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A real SQLite store holding one ingested meeting, and the bot's commands on it. */
final class BotFixture implements AutoCloseable {
  static final String RAZVAN = "111";
  static final String CEZAR = "222";
  static final String STRANGER = "999";
  static final String MAINTAINER = "555";
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-05T09:00:00Z"), ZoneOffset.UTC);
  static final PeopleDirectory PEOPLE =
      PeopleDirectory.of(
          List.of(
              new Person("Răzvan Deaconescu", List.of("RD"), List.of("RăzvanD"), null, RAZVAN),
              new Person("Cezar Crăciunoiu", List.of("CC"), List.of("Cezar"), null, null)));
  static final String NOTES = TestNotes.SMALL_MEETING;

  final Store store;
  final List<Long> issuesAskedFor = new ArrayList<>();
  final DryRunTracker tracker = new DryRunTracker("no GITHUB_TOKEN or github.token-file");
  final BotServices services;
  final CommandRegistry registry;
  int announcements;

  BotFixture(Path folder) {
    store = new JdbcStore(Database.open("jdbc:sqlite:" + folder.resolve("m.db"), Map.of()));
    ingest("notes/2024-03-04-maintainers.md", NOTES);
    TrackerSettings manual =
        new TrackerSettings(
            TrackerSettings.Mode.MANUAL,
            "unikraft/meeting-notes",
            TrackerSettings.DEFAULT_API_URL,
            List.of("minutes"),
            null,
            true,
            true,
            dev.minutes.items.IssueLink.DoneWhen.ALL,
            true,
            Duration.ofMinutes(2),
            Duration.ZERO,
            Optional.empty());
    IssueOpener opener =
        new IssueOpener(
            store,
            tracker,
            new IssueDrafter(PEOPLE, manual.labels(), null),
            manual,
            CLOCK,
            d -> {});
    OpenIssues issues = new OpenIssues(store, opener, tracker, manual);
    IssueDrafter drafter = new IssueDrafter(PEOPLE, manual.labels(), null);
    IngestNotes ingest =
        new IngestNotes(
            new Ingester(new NotesParser(PEOPLE), store, CLOCK, ""),
            issues,
            new SyncIssues(
                store,
                tracker,
                new IssueFollower(store, tracker, drafter, manual, CLOCK),
                issues,
                new IssueSync(store, tracker, manual, CLOCK),
                manual),
            store);
    services =
        new BotServices(
            item -> {
              issuesAskedFor.add(item.id());
              return Optional.of(
                  new IssueResult(
                      item.id(),
                      IssueResult.Outcome.OPENED,
                      "https://github.com/unikraft/meeting-notes/issues/" + item.id(),
                      null,
                      null));
            },
            ingest::upload,
            () -> "# Weekly digest (preview)",
            new ChangeItemStatus(store, store, () -> tracker, true, CLOCK));
    registry = BotCommands.registry(store, PEOPLE, services, () -> announcements++, CLOCK);
  }

  void ingest(String source, String text) {
    new Ingester(new NotesParser(PEOPLE), store, CLOCK, "")
        .ingest(source, text.getBytes(StandardCharsets.UTF_8), false);
  }

  /** The bot on this fixture's store, people and services, against the given (fake) Discord. */
  DiscordBot startBot(DiscordSettings settings, Announcer announcer) {
    return DiscordBot.start(
        settings,
        "fake-token",
        store,
        PEOPLE,
        services,
        new AnnounceMeetings(announcer, store),
        CLOCK);
  }

  /** The command registered under {@code name}, to call its handler without JDA. */
  <T extends SlashCommand> T command(String name, Class<T> type) {
    return type.cast(registry.command(name).orElseThrow());
  }

  /** A click on the button with this id, as the listener routes it. */
  Reply click(String buttonId, Invoker invoker) {
    ButtonIds.Click click = ButtonIds.parse(buttonId).orElseThrow();
    Answer answer = registry.button(click.action()).orElseThrow().action().click(click, invoker);
    return ((Answer.Now) answer).reply();
  }

  StatusCommand done() {
    return command("done", StatusCommand.class);
  }

  StatusCommand reopen() {
    return command("reopen", StatusCommand.class);
  }

  static Invoker member(String id) {
    return new Invoker(id, false);
  }

  static Invoker maintainer() {
    return new Invoker(MAINTAINER, true);
  }

  @Override
  public void close() {
    store.close();
  }
}
