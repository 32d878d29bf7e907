package dev.minutes.tracker.github;

import dev.minutes.config.Config;
import dev.minutes.items.IssueLink;
import dev.minutes.notes.MinutesException;
import dev.minutes.tracker.TrackerSettings;
import dev.minutes.tracker.TrackerSettings.Mode;
import java.time.Duration;
import java.util.List;

/** Reads the {@code github.*} keys and the token: the adapter's settings, read in the adapter. */
public final class GitHubSettings {
  private GitHubSettings() {}

  /**
   * The settings; {@code github.mode=auto} is refused while {@code github.repo} is unset or still
   * the sample's placeholder, before anything is written.
   */
  public static TrackerSettings read(Config config) {
    TrackerSettings settings = settings(config);
    if (settings.mode() == Mode.AUTO && !settings.hasOwnRepo()) {
      throw new MinutesException(
          config.where("github.repo"),
          settings.repo() == null
              ? "is not set, and github.mode=auto would open issues"
              : "is still the sample's '"
                  + TrackerSettings.SAMPLE_REPO
                  + "', and github.mode=auto would open issues",
          "set github.repo=OWNER/NAME to your repository, or github.mode=manual");
    }
    return settings;
  }

  private static TrackerSettings settings(Config config) {
    return new TrackerSettings(
        config.choice("github.mode", Mode.class, Mode.MANUAL),
        config.optional("github.repo").orElse(null),
        config.httpUrl("github.api-url", TrackerSettings.DEFAULT_API_URL),
        config.optional("github.labels").isPresent()
            ? config.list("github.labels")
            : List.of("minutes"),
        config.notesBaseUrl().orElse(null),
        config.bool("github.link-existing", true),
        config.bool("github.close-on-done", false),
        config.choice("github.done-when", IssueLink.DoneWhen.class, IssueLink.DoneWhen.ALL),
        config.bool("github.close-on-removed", true),
        config.duration("github.rate-limit-wait", Duration.ofMinutes(2)),
        config.duration("github.write-pause", Duration.ofSeconds(1)),
        config.secret("GITHUB_TOKEN", "github.token-file"));
  }
}
