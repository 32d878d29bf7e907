package dev.minutes.cli;

import dev.minutes.items.ItemStatus;
import dev.minutes.items.Store;
import dev.minutes.items.TrackedItem;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What {@code minutes done} and {@code minutes reopen} share: set items' status, say so. */
abstract class StatusChange {
  @ParentCommand Main main;
  @Spec CommandSpec spec;
  @Mixin StoreOption storeOption;

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
  void afterChange(Store store, TrackedItem item, String who, PrintWriter out) {}

  int apply(ItemStatus status) {
    String who = actor != null ? actor : main.environment().getOrDefault("USER", "cli");
    PrintWriter out = spec.commandLine().getOut();
    LocalDate today = LocalDate.now(main.clock());
    try (Store store = storeOption.open(main.config(), main.environment())) {
      for (long id : ids) {
        TrackedItem item = store.setStatus(id, status, who, main.clock().instant());
        out.println(ItemText.line(item, today));
        afterChange(store, item, who, out);
      }
    }
    out.flush();
    return 0;
  }
}
