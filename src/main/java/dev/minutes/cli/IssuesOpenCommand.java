package dev.minutes.cli;

import dev.minutes.items.ItemFilter;
import dev.minutes.items.Items;
import dev.minutes.items.Store;
import dev.minutes.items.TrackedItem;
import dev.minutes.tracker.IssueResult;
import dev.minutes.tracker.IssueTracker;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code minutes issues open}: one GitHub issue per open item that has none. */
@Command(
    name = "open",
    mixinStandardHelpOptions = true,
    description = {
      "Opens a GitHub issue for each open action item that has none (or links the issue or pull"
          + " request the item mentions). Without a token, or with --dry-run, prints what it"
          + " would open. Exits 1 when an issue could not be opened (the next run retries)."
    })
final class IssuesOpenCommand implements Callable<Integer> {
  @ParentCommand IssuesCommand parent;
  @Spec CommandSpec spec;
  @Mixin StoreOption storeOption;
  @Mixin PeopleOption peopleOption;

  @Option(names = "--dry-run", description = "Print what would be opened; change nothing.")
  boolean dryRun;

  @Parameters(
      arity = "0..*",
      paramLabel = "ITEM-ID",
      description = "Only these items (default: every open item).")
  List<Long> ids = new ArrayList<>();

  @Override
  public Integer call() {
    Main main = parent.main;
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    GitHubWiring github = new GitHubWiring(main.config());
    IssueTracker tracker = github.tracker(dryRun);
    tracker
        .dryRunReason()
        .ifPresent(reason -> out.println("GitHub: dry run (" + reason + "): nothing is sent."));
    boolean failed;
    try (Store store = storeOption.open(main.config(), main.environment())) {
      List<TrackedItem> items = new ArrayList<>();
      if (ids.isEmpty()) {
        items.addAll(store.items(ItemFilter.open()));
      } else {
        for (long id : ids) {
          items.add(store.item(id).orElseThrow(() -> Items.noSuchItem(id)));
        }
      }
      List<IssueResult> results =
          github.openIssues(store, tracker, peopleOption.load(), main.clock(), err).open(items);
      failed = IssueResultPrinter.print(results, true, out, err);
    }
    out.flush();
    err.flush();
    return ExitCode.of(failed);
  }
}
