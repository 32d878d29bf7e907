package dev.minutes.cli;

import dev.minutes.items.ItemStatus;
import dev.minutes.items.Store;
import dev.minutes.items.StoreEvent;
import dev.minutes.items.TrackedItem;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.tracker.IssueResult;
import dev.minutes.tracker.IssueTracker;
import dev.minutes.tracker.TrackerSettings;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * After an ingest in {@code github.mode=auto}: opens issues for the items the ingest added, read
 * from the store's outbox. The outbox cursor moves only when every item got its issue, so what
 * failed is tried again by the next ingest.
 */
final class IssuesForNewItems {
  static final String CONSUMER = "github";
  private static final int BATCH = 1_000_000;

  private IssuesForNewItems() {}

  /** Returns true when some issue could not be opened. */
  static boolean open(
      GitHubWiring github,
      Store store,
      PeopleDirectory people,
      Clock clock,
      PrintWriter out,
      PrintWriter err) {
    TrackerSettings settings = github.settings();
    if (settings.mode() != TrackerSettings.Mode.AUTO) {
      return false;
    }
    List<StoreEvent> events = store.eventsAfter(CONSUMER, BATCH);
    List<TrackedItem> added = new ArrayList<>();
    for (StoreEvent event : events) {
      if (event.kind() == StoreEvent.Kind.ITEM_NEW) {
        store.item(event.itemId()).filter(i -> i.status() == ItemStatus.OPEN).ifPresent(added::add);
      }
    }
    if (events.isEmpty()) {
      return false;
    }
    IssueTracker tracker = github.trackerOrNull();
    if (tracker == null) {
      out.println(
          "GitHub: dry run ("
              + github.dryRunReason()
              + "): see what would be opened with: minutes issues open --dry-run");
    }
    List<IssueResult> results = github.opener(store, tracker, people, clock).open(added);
    boolean failed = IssueResultPrinter.print(results, false, out, err);
    boolean allDone =
        results.stream()
            .noneMatch(
                r ->
                    r.outcome() == IssueResult.Outcome.FAILED
                        || r.outcome() == IssueResult.Outcome.BUSY);
    if (tracker != null && allDone) {
      store.acknowledge(CONSUMER, events.get(events.size() - 1).id());
    }
    return failed;
  }
}
