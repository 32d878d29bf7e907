package dev.minutes.tracker;

import dev.minutes.config.Config;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The {@code github.*} and {@code notes.base-url} keys of bot-config.properties.
 *
 * @param repo where new issues go ({@code owner/name}); null when not configured
 * @param token from {@code GITHUB_TOKEN} or {@code github.token-file}; empty means dry run
 * @param notesBaseUrl prefix that turns a notes path into a link; null for no link
 */
public record TrackerSettings(
    Mode mode,
    String repo,
    String apiUrl,
    List<String> labels,
    String notesBaseUrl,
    boolean linkExisting,
    boolean closeOnDone,
    Duration rateLimitWait,
    Optional<String> token) {

  public static final String DEFAULT_API_URL = "https://api.github.com";

  /** When issues are opened: by ingest ({@code auto}), by {@code minutes issues open}, or never. */
  public enum Mode {
    AUTO,
    MANUAL,
    OFF
  }

  public TrackerSettings {
    labels = List.copyOf(labels);
  }

  public static TrackerSettings from(Config config) {
    return new TrackerSettings(
        config.choice("github.mode", Mode.class, Mode.MANUAL),
        config.optional("github.repo").orElse(null),
        config.string("github.api-url", DEFAULT_API_URL),
        config.optional("github.labels").isPresent()
            ? config.list("github.labels")
            : List.of("minutes"),
        config.optional("notes.base-url").orElse(null),
        config.bool("github.link-existing", true),
        config.bool("github.close-on-done", false),
        config.duration("github.rate-limit-wait", Duration.ofMinutes(2)),
        config.secret("GITHUB_TOKEN", "github.token-file"));
  }

  /** The repository, or a clear error naming the key to set. */
  public String requireRepo() {
    if (repo == null || !repo.matches("[\\w.-]+/[\\w.-]+")) {
      throw new dev.minutes.notes.MinutesException(
          "github.repo",
          repo == null ? "is not set" : "'" + repo + "' is not owner/name",
          "set github.repo in bot-config.properties, e.g. github.repo=unikraft/meeting-notes");
    }
    return repo;
  }
}
