package dev.minutes.chat.discord;

import dev.minutes.TestNotes;
import dev.minutes.ingest.Ingester;
import dev.minutes.items.Store;
import dev.minutes.parse.NotesParser;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.people.Person;
import dev.minutes.store.Database;
import dev.minutes.store.JdbcStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A real SQLite store holding one ingested meeting, and the bot's actions on it. */
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
  final List<String> ingested = new ArrayList<>();
  final List<Long> issuesAskedFor = new ArrayList<>();
  final BotActions actions;

  BotFixture(Path folder) {
    store = new JdbcStore(Database.open("jdbc:sqlite:" + folder.resolve("m.db"), Map.of()));
    ingest("notes/2024-03-04-maintainers.md", NOTES);
    actions =
        new BotActions(
            store,
            PEOPLE,
            new BotServices(
                item -> {
                  issuesAskedFor.add(item.id());
                  return "https://github.com/unikraft/meeting-notes/issues/" + item.id();
                },
                (name, content) -> {
                  ingested.add(name + ":" + new String(content, StandardCharsets.UTF_8));
                  return "ingested " + name;
                },
                () -> "# Weekly digest (preview)"),
            CLOCK);
  }

  void ingest(String source, String text) {
    new Ingester(new NotesParser(PEOPLE), store, CLOCK, "")
        .ingest(source, text.getBytes(StandardCharsets.UTF_8), false);
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
