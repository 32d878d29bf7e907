package dev.minutes.config;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every key bot-config.properties may hold, so that a misspelt key is reported at start with the
 * key it probably meant instead of being silently ignored (its default then applies).
 */
public final class ConfigKeys {
  private static final Logger LOG = LoggerFactory.getLogger(ConfigKeys.class);

  /** The keys Minutes reads; README.md explains each one. */
  public static final Set<String> KNOWN =
      Set.of(
          "store.url",
          "github.mode",
          "github.repo",
          "github.api-url",
          "github.labels",
          "github.link-existing",
          "github.close-on-done",
          "github.close-on-removed",
          "github.done-when",
          "github.rate-limit-wait",
          "github.write-pause",
          "github.max-per-run",
          "github.token-file",
          "notes.base-url",
          "ingest.max-items-per-file",
          "ingest.max-item-chars",
          "notes.root",
          "notes.since",
          "notes.repo",
          "notes.branch",
          "notes.poll",
          "digest.cron",
          "digest.zone",
          "reminders.cron",
          "reminders.zone",
          "reminders.delivery",
          "reminders.overdue-every-days",
          "reminders.no-due-date-after-days",
          "reminders.quiet-hours",
          "reminders.max-repeats",
          "schedule.catch-up",
          "discord.guild",
          "discord.channel",
          "discord.maintainer-role",
          "discord.api-url",
          "discord.gateway-url",
          "discord.token-file",
          "discord.max-messages-per-post",
          "discord.edit-window",
          // One per list of the parser's vocabulary (ParseVocabulary.KEYS; a test keeps them equal:
          // this package uses the JDK only, so the names are written out here).
          "parse.not-agenda-headings",
          "parse.action-headings",
          "parse.decision-headings",
          "parse.agenda-headings",
          "parse.attendee-headings",
          "parse.discussion-headings",
          "parse.action-markers",
          "parse.decision-markers",
          "parse.decision-openers");

  /** A misspelling further than this from every known key gets no suggestion. */
  private static final int MAX_DISTANCE = 4;

  private ConfigKeys() {}

  /** The keys of {@code keys} that Minutes does not read, sorted. */
  public static List<String> unknown(Set<String> keys) {
    return new TreeSet<>(keys).stream().filter(key -> !KNOWN.contains(key)).toList();
  }

  /** The known key closest to {@code key}, when one is close enough to be a typo of it. */
  public static Optional<String> nearest(String key) {
    LevenshteinDistance distance = new LevenshteinDistance(MAX_DISTANCE);
    return KNOWN.stream()
        .filter(known -> distance.apply(key, known) >= 0)
        .min(
            Comparator.comparingInt((String known) -> distance.apply(key, known))
                .thenComparing(k -> k));
  }

  /** Logs one warning per unknown key of {@code file}. */
  static void warnUnknown(Path file, Set<String> keys) {
    for (String key : unknown(keys)) {
      LOG.warn(
          "{}: unknown key '{}' is ignored{}",
          file,
          key,
          nearest(key).map(known -> " (did you mean " + known + "?)").orElse(""));
    }
  }
}
