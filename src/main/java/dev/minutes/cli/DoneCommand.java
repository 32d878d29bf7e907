package dev.minutes.cli;

import dev.minutes.items.IssueLink;
import dev.minutes.items.ItemStatus;
import dev.minutes.items.Store;
import dev.minutes.items.TrackedItem;
import dev.minutes.tracker.IssueRef;
import dev.minutes.tracker.IssueTracker;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code minutes done ID...}: marks action items done. */
@Command(
    name = "done",
    mixinStandardHelpOptions = true,
    description = "Marks action items done (recorded with who and when).")
final class DoneCommand extends StatusChange implements Callable<Integer> {
  private GitHubWiring github; // built once for all the items of one command

  @Override
  public Integer call() {
    return apply(ItemStatus.DONE);
  }

  /** With {@code github.close-on-done}, closes the issue Minutes opened for the item. */
  @Override
  void afterChange(Store store, TrackedItem item, String who, PrintWriter out) {
    if (github == null) {
      github = new GitHubWiring(main.config());
    }
    if (!github.settings().closeOnDone()) {
      return;
    }
    Optional<IssueLink> link = store.issueLink(item.id());
    if (link.isEmpty() || !link.get().openedByUs() || link.get().state() != IssueLink.State.OPEN) {
      return;
    }
    IssueTracker tracker = github.trackerOrNull();
    if (tracker == null) {
      out.println("  would close " + link.get().url() + " (" + github.dryRunReason() + ")");
      return;
    }
    tracker.close(
        new IssueRef(link.get().repo(), link.get().number()),
        "Marked done in Minutes by " + who + ".");
    store.recordIssueState(link.get(), IssueLink.State.CLOSED, who, main.clock().instant());
    out.println("  closed " + link.get().url());
  }
}
