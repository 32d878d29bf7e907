package dev.minutes.tracker.github;

import dev.minutes.config.Config;
import dev.minutes.items.IssueLink;
import dev.minutes.notes.MinutesException;
import dev.minutes.tracker.TrackerSettings;
import dev.minutes.tracker.TrackerSettings.Mode;
import java.util.Optional;

/** Reads the {@code github.*} keys and the token: the adapter's settings, read in the adapter. */
public final class GitHubSettings {
  private GitHubSettings() {}

  /**
   * {@code values} (from {@link #values}) with the token, once a command is about to use GitHub;
   * {@code github.mode=auto} is refused here while {@code github.repo} (set at {@code repoKey}) is
   * unset or still the sample's placeholder, before anything is written.
   */
  public static TrackerSettings withToken(
      TrackerSettings values, Optional<String> token, String repoKey) {
    if (values.mode() == Mode.AUTO && !values.hasOwnRepo()) {
      throw new MinutesException(
          repoKey,
          values.repo() == null
              ? "is not set, and github.mode=auto would open issues"
              : "is still the sample's '"
                  + TrackerSettings.SAMPLE_REPO
                  + "', and github.mode=auto would open issues",
          "set github.repo=OWNER/NAME to your repository, or github.mode=manual");
    }
    return values.withToken(token);
  }

  /** The {@code github.*} keys, read and validated, without the token (read only when needed). */
  public static TrackerSettings values(Config config) {
    return new TrackerSettings(
        config.choice("github.mode", Mode.class),
        config.optional("github.repo").orElse(null),
        config.httpUrl("github.api-url"),
        config.list("github.labels"),
        config.notesBaseUrl().orElse(null),
        config.bool("github.link-existing"),
        config.bool("github.close-on-done"),
        config.choice("github.done-when", IssueLink.DoneWhen.class),
        config.bool("github.close-on-removed"),
        config.duration("github.rate-limit-wait"),
        config.duration("github.write-pause"),
        Optional.empty());
  }
}
