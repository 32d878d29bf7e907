package dev.minutes.cli;

import dev.minutes.config.Config;
import dev.minutes.items.Store;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.tracker.IssueDrafter;
import dev.minutes.tracker.IssueOpener;
import dev.minutes.tracker.IssueSync;
import dev.minutes.tracker.IssueTracker;
import dev.minutes.tracker.TrackerSettings;
import dev.minutes.tracker.github.GitHubTracker;
import java.time.Clock;

/** The GitHub side built from configuration: settings, and the real client when a token is set. */
final class GitHubWiring {
  private final TrackerSettings settings;
  private IssueTracker tracker; // connected on first use, then shared by every call

  GitHubWiring(Config config) {
    this.settings = TrackerSettings.from(config);
  }

  TrackerSettings settings() {
    return settings;
  }

  boolean hasToken() {
    return settings.token().isPresent();
  }

  /** The client, or null without a token (callers then only say what they would do). */
  IssueTracker trackerOrNull() {
    if (tracker == null && settings.token().isPresent()) {
      tracker = GitHubTracker.connect(settings, settings.token().get());
    }
    return tracker;
  }

  IssueOpener opener(Store store, IssueTracker tracker, PeopleDirectory people, Clock clock) {
    return new IssueOpener(
        store,
        tracker,
        new IssueDrafter(people, settings.labels(), settings.notesBaseUrl()),
        settings,
        clock,
        IssueOpener.Pause.REAL);
  }

  IssueSync sync(Store store, IssueTracker tracker, Clock clock) {
    return new IssueSync(store, tracker, settings, clock);
  }

  /** Why nothing is sent to GitHub, for the "would open" lines. */
  String dryRunReason() {
    return hasToken() ? "--dry-run" : "no GITHUB_TOKEN or github.token-file";
  }
}
