package dev.minutes.cli;

import dev.minutes.application.ChangeItemStatus;
import dev.minutes.application.IngestNotes;
import dev.minutes.application.OpenIssues;
import dev.minutes.application.SyncIssues;
import dev.minutes.ingest.Ingester;
import dev.minutes.items.Store;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.tracker.DryRunTracker;
import dev.minutes.tracker.IssueDrafter;
import dev.minutes.tracker.IssueFollower;
import dev.minutes.tracker.IssueOpener;
import dev.minutes.tracker.IssueSync;
import dev.minutes.tracker.IssueTracker;
import dev.minutes.tracker.TrackerSettings;
import dev.minutes.tracker.github.GitHubSettings;
import dev.minutes.tracker.github.GitHubTracker;
import java.io.PrintWriter;
import java.time.Clock;

/** The GitHub side built from configuration: settings, and the real client when a token is set. */
final class GitHubWiring {
  private final TrackerSettings settings;
  private final int maxPerRun;
  private IssueTracker tracker; // connected on first use, then shared by every call

  /** Reads the token now: a command builds this only when it is about to use GitHub. */
  GitHubWiring(Settings configured) {
    GitHubConfig github = configured.github();
    this.settings =
        GitHubSettings.withToken(
            github.tracker(),
            configured.secrets().secret("GITHUB_TOKEN", "github.token-file"),
            github.repoKey());
    this.maxPerRun = github.maxPerRun();
  }

  TrackerSettings settings() {
    return settings;
  }

  /** {@code github.max-per-run}: a run that would open more issues stops and asks for --yes. */
  int maxPerRun() {
    return maxPerRun;
  }

  /**
   * True when {@code count} issues may be opened now: within {@code github.max-per-run}, or
   * confirmed with --yes, or nothing is sent anyway (a dry run). Else says what to do.
   */
  boolean allowed(int count, boolean yes, IssueTracker tracker, PrintWriter out) {
    if (count <= maxPerRun || yes || tracker.dryRunReason().isPresent()) {
      return true;
    }
    out.println(
        "GitHub: this run would open "
            + count
            + " issues, more than github.max-per-run ("
            + maxPerRun
            + "): nothing opened. Run it again with --yes, or open some with: minutes issues open"
            + " ITEM-ID...");
    return false;
  }

  /** The client, or a dry run that sends nothing without a token. */
  IssueTracker tracker() {
    if (tracker == null) {
      tracker =
          settings.token().isPresent()
              ? GitHubTracker.connect(settings, settings.token().get())
              : new DryRunTracker("no GITHUB_TOKEN or github.token-file");
    }
    return tracker;
  }

  /** With {@code dryRun}, a tracker that sends nothing whatever the token. */
  IssueTracker tracker(boolean dryRun) {
    return dryRun && settings.token().isPresent() ? new DryRunTracker("--dry-run") : tracker();
  }

  OpenIssues openIssues(Store store, IssueTracker tracker, PeopleDirectory people, Clock clock) {
    return openIssues(store, tracker, people, clock, IssueOpener.Progress.NONE);
  }

  /** As above, with a progress line on {@code err} while issues are opened, when {@code shown}. */
  OpenIssues openIssues(
      Store store,
      IssueTracker tracker,
      PeopleDirectory people,
      Clock clock,
      PrintWriter err,
      boolean shown) {
    return openIssues(
        store, tracker, people, clock, new ProgressLine(err, clock, "issues", shown, 2));
  }

  private OpenIssues openIssues(
      Store store,
      IssueTracker tracker,
      PeopleDirectory people,
      Clock clock,
      IssueOpener.Progress progress) {
    IssueOpener opener =
        new IssueOpener(
                store,
                tracker,
                new IssueDrafter(people, settings.labels(), settings.notesBaseUrl()),
                settings,
                clock,
                IssueOpener.Pause.REAL)
            .reportingTo(progress);
    return new OpenIssues(store, opener, tracker, settings);
  }

  ChangeItemStatus statusChange(Store store, Clock clock) {
    return new ChangeItemStatus(store, store, this::tracker, settings.closeOnDone(), clock);
  }

  private IssueFollower follower(
      Store store, IssueTracker tracker, PeopleDirectory people, Clock clock) {
    return new IssueFollower(
        store,
        tracker,
        new IssueDrafter(people, settings.labels(), settings.notesBaseUrl()),
        settings,
        clock);
  }

  /** Ingesting and what follows it, over the client: the IngestNotes use case. */
  IngestNotes ingestNotes(Ingester ingester, Store store, PeopleDirectory people, Clock clock) {
    return new IngestNotes(
        ingester,
        openIssues(store, tracker(), people, clock),
        syncIssues(store, tracker(), people, clock),
        store);
  }

  /** Issues following their items, and items following their issues: the SyncIssues use case. */
  SyncIssues syncIssues(Store store, IssueTracker tracker, PeopleDirectory people, Clock clock) {
    return new SyncIssues(
        store,
        tracker,
        follower(store, tracker, people, clock),
        openIssues(store, tracker, people, clock),
        new IssueSync(store, tracker, settings, clock),
        settings);
  }
}
