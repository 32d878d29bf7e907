package dev.minutes.cli;

import dev.minutes.items.ItemStatus;
import dev.minutes.items.Store;
import dev.minutes.items.TrackedItem;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.tracker.IssueFollower;
import dev.minutes.tracker.IssueResult;
import dev.minutes.tracker.IssueTracker;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * After an ingest in {@code github.mode=auto}, and on every {@code minutes sync}: brings the issues
 * Minutes opened in step with their edited, removed, restored or done items (see {@link
 * IssueFollower}). Without a token it does nothing and leaves the outbox as it is, so the first run
 * with a token catches up.
 */
final class IssuesForEditedItems {
  private IssuesForEditedItems() {}

  static void follow(
      GitHubWiring github, Store store, PeopleDirectory people, Clock clock, PrintWriter out) {
    IssueTracker tracker = github.tracker();
    if (tracker.dryRunReason().isPresent()) {
      return;
    }
    IssueFollower.Report report = github.follower(store, tracker, people, clock).follow();
    linkNewMentions(github, store, tracker, people, clock, report.followed(), out);
    if (report.changed() > 0 || report.busy() > 0) {
      out.printf(
          "GitHub: %d issues edited, %d closed, %d reopened%s%n",
          report.edited(),
          report.closed(),
          report.reopened(),
          report.busy() > 0 ? ", " + report.busy() + " busy in another process" : "");
    }
  }

  /**
   * An edit may add an issue or pull request to an item's text: the opener links it (and only it,
   * for an item that already has a link; an item without one is left to the opener's own run).
   */
  private static void linkNewMentions(
      GitHubWiring github,
      Store store,
      IssueTracker tracker,
      PeopleDirectory people,
      Clock clock,
      List<Long> followed,
      PrintWriter out) {
    List<TrackedItem> linked =
        followed.stream()
            .map(store::item)
            .flatMap(Optional::stream)
            .filter(item -> item.status() == ItemStatus.OPEN)
            .filter(item -> !store.issueLinks(item.id()).isEmpty())
            .toList();
    if (linked.isEmpty() || !github.settings().linkExisting()) {
      return;
    }
    for (IssueResult result : github.openIssues(store, tracker, people, clock).open(linked)) {
      if (result.outcome() == IssueResult.Outcome.LINKED) {
        out.println("GitHub: #" + result.itemId() + " also linked to " + result.url());
      }
    }
  }
}
