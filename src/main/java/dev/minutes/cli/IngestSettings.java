package dev.minutes.cli;

import dev.minutes.config.Config;
import dev.minutes.ingest.FileStamps;
import dev.minutes.ingest.IngestLimits;
import dev.minutes.ingest.Ingester;
import dev.minutes.items.Store;
import dev.minutes.parse.NotesParser;
import dev.minutes.parse.ParseVocabulary;
import dev.minutes.people.PeopleDirectory;
import java.time.Clock;

/** The {@code ingest.*} keys of the configuration, and the ingester they configure. */
final class IngestSettings {
  private IngestSettings() {}

  /** The ingester of {@code minutes ingest} and of the bot's {@code /ingest}: one way in. */
  static Ingester ingester(
      Settings settings,
      PeopleDirectory people,
      String peopleFingerprint,
      Store store,
      Clock clock) {
    return new Ingester(
        new NotesParser(people, settings.parse()),
        store,
        clock,
        peopleFingerprint,
        settings.ingest());
  }

  /**
   * Everything besides a notes file that reading it depends on: the build of Minutes, the people
   * directory, the limits and the parser's vocabulary. When it changes, {@link FileStamps} reads
   * every file again.
   */
  static String readingContext(Settings settings, String peopleFingerprint) {
    StringBuilder context =
        new StringBuilder(BuildInfo.load().line())
            .append('\n')
            .append(peopleFingerprint)
            .append('\n')
            .append(settings.ingest());
    for (String list : ParseVocabulary.KEYS) {
      context.append('\n').append(list).append('=').append(settings.parse().list(list));
    }
    return context.toString();
  }

  static IngestLimits limits(Config config) {
    return new IngestLimits(
        config.integer(IngestLimits.MAX_ITEMS_KEY),
        config.integer(IngestLimits.MAX_ITEM_CHARS_KEY));
  }
}
