package dev.minutes.cli;

import dev.minutes.application.ChangeItemStatus;
import dev.minutes.items.ItemStatus;
import dev.minutes.items.Store;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** What {@code minutes done} and {@code minutes reopen} share: set items' status, say so. */
abstract class StatusChange extends MinutesCommand {
  @ParentCommand Main main;
  private final StoreOption storeOption = new StoreOption();

  @Option(
      names = "--by",
      paramLabel = "WHO",
      description = "Who is making the change (default: $USER).")
  String actor;

  @Parameters(
      arity = "1..*",
      paramLabel = "ID",
      description = "Item numbers, as minutes todos shows.")
  List<Long> ids;

  /** What else a status change does; nothing by default. */
  void afterChange(ChangeItemStatus.Result result, PrintWriter out) {}

  ExitCode apply(ItemStatus status) {
    String who = actor != null ? actor : main.environment().getOrDefault("USER", "cli");
    PrintWriter out = spec.commandLine().getOut();
    LocalDate today = LocalDate.now(main.clock());
    try (Store store = storeOption.open(main)) {
      ChangeItemStatus change = new GitHubWiring(main.settings()).statusChange(store, main.clock());
      for (long id : ids) {
        ChangeItemStatus.Result result = change.change(id, status, who);
        out.println(ItemText.line(result.item(), today));
        afterChange(result, out);
      }
    }
    out.flush();
    return ExitCode.OK;
  }
}
