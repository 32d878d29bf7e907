package dev.minutes.application;

import dev.minutes.items.ItemStatus;
import dev.minutes.items.NewItem;
import dev.minutes.items.Store;
import dev.minutes.items.TrackedItem;
import dev.minutes.items.WriteBatch;
import dev.minutes.tracker.IssueOpener;
import dev.minutes.tracker.IssueResult;
import dev.minutes.tracker.IssueTracker;
import dev.minutes.tracker.TrackerSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Opens (or links) the issues of action items: {@code minutes issues open}, {@code /issue}, and
 * after every ingest in {@code github.mode=auto}, from the CLI and from Discord alike.
 */
public final class OpenIssues {
  /** The outbox consumer of issues for new items. */
  public static final String CONSUMER = "github";

  private static final int PAGE = 500;

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
  public record NewItems(
      boolean ran, List<IssueResult> results, Optional<String> dryRunReason, int refused) {
    /** Nothing to do: not in auto mode, or nothing new in the outbox. */
    public static final NewItems NONE = new NewItems(false, List.of(), Optional.empty(), 0);

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

  /** The newest outbox event now: what a run adds after this is its own. */
  public long runStart() {
    return store.lastEventId();
  }

  /**
   * In {@code github.mode=auto}: opens issues for the items ingests added, read from the outbox a
   * page at a time with one query each. With a token the cursor advances item by item, up to the
   * first item that could not get its issue, so the next ingest retries from there; a dry run (no
   * token) moves nothing and reads only the items added after {@code runStart} (this run's). Items
   * of meetings imported as history get none; more than {@code maxPerRun} issues are not opened at
   * all ({@link NewItems#refused} says how many were due).
   */
  public NewItems forNewItems(long runStart, int maxPerRun) {
    if (settings.mode() != TrackerSettings.Mode.AUTO) {
      return NewItems.NONE;
    }
    boolean dryRun = tracker.dryRunReason().isPresent();
    long cursor = store.cursor(CONSUMER);
    List<NewItem> page = store.newItemsAfter(dryRun ? Math.max(cursor, runStart) : cursor, PAGE);
    if (page.isEmpty()) {
      return NewItems.NONE;
    }
    Set<Long> history = store.historyMeetings();
    int due = 0;
    if (!dryRun) {
      due = countLive(page, history);
      for (List<NewItem> more = nextPage(page); !more.isEmpty() && due <= maxPerRun; ) {
        due += countLive(more, history);
        more = nextPage(more);
      }
      if (due > maxPerRun) {
        return new NewItems(true, List.of(), Optional.empty(), due);
      }
    }
    List<IssueResult> results = new ArrayList<>();
    IssueOpener.Progress line = opener.progress();
    RunProgress progress = dryRun ? null : new RunProgress(line, due);
    // A dry run writes nothing: its many small reads may share transactions. A real run commits
    // each claim before calling GitHub, so that two processes never open one issue twice.
    try (WriteBatch reads = dryRun ? store.writeBatch(PAGE) : null) {
      opener.reportingTo(progress == null ? line : progress);
      boolean blocked = dryRun; // a dry run never moves the cursor
      while (!page.isEmpty()) {
        if (progress != null) {
          progress.page(countLive(page, history));
        }
        List<IssueResult> opened = opener.open(live(page, history));
        Map<Long, IssueResult> byItem = new HashMap<>();
        for (IssueResult result : opened) {
          byItem.put(result.itemId(), result);
          // Drafts are printed by issues open --dry-run only: not kept for thousands of items.
          results.add(
              new IssueResult(
                  result.itemId(), result.outcome(), result.url(), null, result.detail()));
        }
        for (NewItem added : page) {
          IssueResult result = byItem.get(added.item().id());
          blocked |=
              result != null
                  && (result.outcome() == IssueResult.Outcome.FAILED
                      || result.outcome() == IssueResult.Outcome.BUSY);
          if (!blocked) {
            store.acknowledge(CONSUMER, added.eventId());
          }
        }
        page = store.newItemsAfter(page.get(page.size() - 1).eventId(), PAGE);
      }
    } finally {
      opener.reportingTo(line);
      if (progress != null) {
        progress.close();
      }
    }
    return new NewItems(true, results, tracker.dryRunReason(), 0);
  }

  private List<NewItem> nextPage(List<NewItem> page) {
    return store.newItemsAfter(page.get(page.size() - 1).eventId(), PAGE);
  }

  /** The page's items that belong to live meetings, not to meetings imported as history. */
  private static List<TrackedItem> live(List<NewItem> page, Set<Long> history) {
    return page.stream()
        .map(NewItem::item)
        .filter(item -> !history.contains(item.meetingId()))
        .toList();
  }

  private static int countLive(List<NewItem> page, Set<Long> history) {
    return (int)
        live(page, history).stream().filter(item -> item.status() == ItemStatus.OPEN).count();
  }
}
