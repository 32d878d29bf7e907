package dev.minutes.application;

import dev.minutes.items.IssueLink;
import dev.minutes.items.IssueLinks;
import dev.minutes.items.ItemStatus;
import dev.minutes.items.Items;
import dev.minutes.items.TrackedItem;
import dev.minutes.tracker.IssueRef;
import dev.minutes.tracker.IssueTracker;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Marks an item done or open again: {@code minutes done|reopen} and Discord's {@code /done}, {@code
 * /reopen} and buttons. With {@code github.close-on-done}, done also closes the issue Minutes
 * opened for the item.
 */
public final class ChangeItemStatus {
  private final Items items;
  private final IssueLinks links;
  private final Supplier<IssueTracker> tracker;
  private final boolean closeOnDone;
  private final Clock clock;

  /**
   * @param tracker asked for only when an issue is to be closed (connecting costs a request)
   */
  public ChangeItemStatus(
      Items items,
      IssueLinks links,
      Supplier<IssueTracker> tracker,
      boolean closeOnDone,
      Clock clock) {
    this.items = items;
    this.links = links;
    this.tracker = tracker;
    this.closeOnDone = closeOnDone;
    this.clock = clock;
  }

  /** What became of the item's issue: closed, or what a dry run would close. */
  public record IssueClosing(String url, Optional<String> dryRunReason) {
    public boolean closed() {
      return dryRunReason.isEmpty();
    }

    /** The same words from every face: "closed URL" or "would close URL (why not)". */
    public String describe() {
      return closed() ? "closed " + url : "would close " + url + " (" + dryRunReason.get() + ")";
    }
  }

  public record Result(TrackedItem item, Optional<IssueClosing> issue) {}

  /**
   * @throws dev.minutes.notes.MinutesException when no item has that id
   */
  public Result change(long id, ItemStatus status, String actor) {
    TrackedItem item = items.setStatus(id, status, actor, clock.instant());
    if (status != ItemStatus.DONE || !closeOnDone) {
      return new Result(item, Optional.empty());
    }
    Optional<IssueLink> link = links.issueLink(id);
    if (link.isEmpty() || !link.get().openedByUs() || link.get().state() != IssueLink.State.OPEN) {
      return new Result(item, Optional.empty());
    }
    IssueTracker issues = tracker.get();
    issues.close(
        new IssueRef(link.get().repo(), link.get().number()),
        "Marked done in Minutes by " + actor + ".");
    if (issues.dryRunReason().isEmpty()) {
      // The item is done already: the rule for items with several links changes nothing here.
      links.recordIssueState(
          link.get(), IssueLink.State.CLOSED, IssueLink.DoneWhen.ANY, actor, clock.instant());
      links.recordIssueSideEffect(
          link.get(), "issue closed", null, null, null, clock.instant()); // for minutes show
    }
    return new Result(item, Optional.of(new IssueClosing(link.get().url(), issues.dryRunReason())));
  }
}
