package dev.minutes.application;

import dev.minutes.items.ItemStatus;
import dev.minutes.items.Store;
import dev.minutes.items.StoreEvent;
import dev.minutes.items.TrackedItem;
import dev.minutes.tracker.IssueOpener;
import dev.minutes.tracker.IssueResult;
import dev.minutes.tracker.IssueTracker;
import dev.minutes.tracker.TrackerSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Opens (or links) the issues of action items: {@code minutes issues open}, {@code /issue}, and
 * after every ingest in {@code github.mode=auto}, from the CLI and from Discord alike.
 */
public final class OpenIssues {
  /** The outbox consumer of issues for new items. */
  public static final String CONSUMER = "github";

  private static final int BATCH = 1_000_000;

  private final Store store;
  private final IssueOpener opener;
  private final IssueTracker tracker;
  private final TrackerSettings settings;

  public OpenIssues(
      Store store, IssueOpener opener, IssueTracker tracker, TrackerSettings settings) {
    this.store = store;
    this.opener = opener;
    this.tracker = tracker;
    this.settings = settings;
  }

  /** What became of the items an ingest added. */
  public record NewItems(boolean ran, List<IssueResult> results, Optional<String> dryRunReason) {
    /** Nothing to do: not in auto mode, or nothing new in the outbox. */
    public static final NewItems NONE = new NewItems(false, List.of(), Optional.empty());

    public boolean failed() {
      return results.stream().anyMatch(r -> r.outcome() == IssueResult.Outcome.FAILED);
    }
  }

  /** Opens the issues of these items (those open and without one). */
  public List<IssueResult> open(List<TrackedItem> items) {
    return opener.open(items);
  }

  /** The issue of one item, or empty when the item is not open. */
  public Optional<IssueResult> open(TrackedItem item) {
    return opener.open(List.of(item)).stream().findFirst();
  }

  public Optional<String> dryRunReason() {
    return tracker.dryRunReason();
  }

  /**
   * In {@code github.mode=auto}: opens issues for the items ingests added, read from the outbox.
   * The outbox cursor moves only when every item got its issue, so what failed is tried again by
   * the next ingest.
   */
  public NewItems forNewItems() {
    if (settings.mode() != TrackerSettings.Mode.AUTO) {
      return NewItems.NONE;
    }
    List<StoreEvent> events = store.eventsAfter(CONSUMER, BATCH);
    if (events.isEmpty()) {
      return NewItems.NONE;
    }
    List<TrackedItem> added = new ArrayList<>();
    for (StoreEvent event : events) {
      if (event.kind() == StoreEvent.Kind.ITEM_NEW) {
        store.item(event.itemId()).filter(i -> i.status() == ItemStatus.OPEN).ifPresent(added::add);
      }
    }
    List<IssueResult> results = opener.open(added);
    boolean allDone =
        results.stream()
            .noneMatch(
                r ->
                    r.outcome() == IssueResult.Outcome.FAILED
                        || r.outcome() == IssueResult.Outcome.BUSY);
    if (tracker.dryRunReason().isEmpty() && allDone) {
      store.acknowledge(CONSUMER, events.get(events.size() - 1).id());
    }
    return new NewItems(true, results, tracker.dryRunReason());
  }
}
