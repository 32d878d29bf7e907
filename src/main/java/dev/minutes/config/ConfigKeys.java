package dev.minutes.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * Every key Minutes reads with its default, written as a user would write it in the file (null:
   * unset, and the reader says what unset means); the one place defaults live. Each is read through
   * the same parser as a configured value, so a default is valid by construction. README.md
   * explains each key.
   */
  public static final Map<String, String> DEFAULTS = defaults();

  /** The keys Minutes reads. */
  public static final Set<String> KNOWN = DEFAULTS.keySet();

  private static Map<String, String> defaults() {
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put("store.url", "jdbc:sqlite:data/minutes.db");
    // Unset: notes/people.yaml in the working folder when it exists.
    keys.put("people.file", null);
    keys.put("github.mode", "manual");
    keys.put("github.repo", null);
    keys.put("github.api-url", "https://api.github.com");
    keys.put("github.labels", "minutes");
    keys.put("github.link-existing", "true");
    keys.put("github.close-on-done", "false");
    keys.put("github.close-on-removed", "true");
    keys.put("github.done-when", "all");
    keys.put("github.rate-limit-wait", "2m");
    keys.put("github.write-pause", "1s");
    keys.put("github.max-per-run", "20");
    keys.put("github.token-file", null);
    keys.put("notes.base-url", null);
    keys.put("notes.root", null);
    keys.put("notes.since", null);
    keys.put("notes.repo", null);
    keys.put("notes.branch", "main");
    keys.put("notes.poll", "5m");
    keys.put("ingest.max-items-per-file", "500");
    keys.put("ingest.max-item-chars", "2000");
    keys.put("digest.cron", "0 9 * * 1");
    keys.put("digest.zone", "UTC");
    keys.put("reminders.cron", "0 9 * * *");
    // Unset: digest.zone.
    keys.put("reminders.zone", null);
    keys.put("reminders.delivery", "channel");
    keys.put("reminders.overdue-every-days", "3");
    keys.put("reminders.no-due-date-after-days", "14");
    keys.put("reminders.quiet-hours", "22:00-08:00");
    keys.put("reminders.max-repeats", "3");
    keys.put("schedule.catch-up", "12h");
    keys.put("discord.guild", null);
    keys.put("discord.channel", null);
    keys.put("discord.maintainer-role", null);
    keys.put("discord.api-url", "https://discord.com/api/v10/");
    keys.put("discord.gateway-url", null);
    keys.put("discord.token-file", null);
    keys.put("discord.max-messages-per-post", "5");
    keys.put("discord.edit-window", "7d");
    // One per list of the parser's vocabulary (ParseVocabulary.KEYS; a test keeps them equal: this
    // package uses the JDK only, so the names are written out here). Unset: the shipped words.
    for (String list :
        List.of(
            "not-agenda-headings",
            "action-headings",
            "decision-headings",
            "agenda-headings",
            "attendee-headings",
            "discussion-headings",
            "action-markers",
            "decision-markers",
            "decision-openers",
            "task-verbs")) {
      keys.put("parse." + list, null);
    }
    return Collections.unmodifiableMap(keys);
  }

  /** The default of {@code key} as written in the file; empty when unset by default. */
  public static Optional<String> defaultOf(String key) {
    if (!DEFAULTS.containsKey(key)) {
      throw new IllegalArgumentException("not a configuration key: " + key);
    }
    return Optional.ofNullable(DEFAULTS.get(key));
  }

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
