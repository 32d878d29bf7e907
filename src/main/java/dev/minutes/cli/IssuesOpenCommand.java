package dev.minutes.cli;

import dev.minutes.items.ItemFilter;
import dev.minutes.items.Items;
import dev.minutes.items.Store;
import dev.minutes.items.TrackedItem;
import dev.minutes.tracker.IssueResult;
import dev.minutes.tracker.IssueTracker;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code minutes issues open}: one GitHub issue per open item that has none. */
@Command(
    name = "open",
    mixinStandardHelpOptions = true,
    description = {
      "Opens a GitHub issue for each open action item that has none (or links the issue or pull"
          + " request the item mentions). Without a token, or with --dry-run, prints what it"
          + " would open. Exits 1 when an issue could not be opened (the next run retries)."
    })
final class IssuesOpenCommand extends MinutesCommand {
  @ParentCommand IssuesCommand parent;
  private final StoreOption storeOption = new StoreOption();

  @Option(names = "--dry-run", description = "Print what would be opened; change nothing.")
  boolean dryRun;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description =
          "Also the open items of meetings imported as history that are dated on or after DATE"
              + " (YYYY-MM-DD).")
  LocalDate since;

  @Option(names = "--yes", description = "Open more than github.max-per-run issues.")
  boolean yes;

  @Parameters(
      arity = "0..*",
      paramLabel = "ITEM-ID",
      description =
          "Only these items (default: every open item, except those of meetings imported as"
              + " history).")
  List<Long> ids = new ArrayList<>();

  @Override
  ExitCode run() {
    Main main = parent.main;
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    GitHubWiring github = new GitHubWiring(main.settings());
    IssueTracker tracker = github.tracker(dryRun);
    tracker
        .dryRunReason()
        .ifPresent(reason -> out.println("GitHub: dry run (" + reason + "): nothing is sent."));
    boolean failed;
    try (Store store = storeOption.open(main)) {
      List<TrackedItem> items = new ArrayList<>();
      if (ids.isEmpty()) {
        Set<Long> history = store.historyMeetings();
        for (TrackedItem item : store.items(ItemFilter.open())) {
          boolean historyWanted =
              since != null && item.meetingDate() != null && !item.meetingDate().isBefore(since);
          if (!history.contains(item.meetingId()) || historyWanted) {
            items.add(item);
          }
        }
      } else {
        for (long id : ids) {
          items.add(store.item(id).orElseThrow(() -> Items.noSuchItem(id)));
        }
      }
      if (!dryRun && !github.allowed(unlinked(store, items), yes, tracker, out)) {
        out.flush();
        return ExitCode.USER_ERROR;
      }
      List<IssueResult> results =
          github
              .openIssues(
                  store, tracker, main.people().load(), main.clock(), err, main.showsProgress())
              .open(items);
      failed = IssueResultPrinter.print(results, true, out, err);
    }
    out.flush();
    err.flush();
    return ExitCode.of(failed);
  }

  /** The items that have no issue yet: only those count against github.max-per-run. */
  private static int unlinked(Store store, List<TrackedItem> items) {
    Set<Long> linked = new HashSet<>();
    store.issueLinks().forEach(link -> linked.add(link.itemId()));
    return (int) items.stream().filter(i -> !linked.contains(i.id())).count();
  }
}
