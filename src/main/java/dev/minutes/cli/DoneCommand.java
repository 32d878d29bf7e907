package dev.minutes.cli;

import dev.minutes.application.ChangeItemStatus;
import dev.minutes.items.ItemStatus;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code minutes done ID...}: marks action items done. */
@Command(
    name = "done",
    mixinStandardHelpOptions = true,
    description = "Marks action items done (recorded with who and when).")
final class DoneCommand extends StatusChange {
  @Override
  ExitCode run() {
    return apply(ItemStatus.DONE);
  }

  /** With {@code github.close-on-done}, the issue Minutes opened for the item was closed. */
  @Override
  void afterChange(ChangeItemStatus.Result result, PrintWriter out) {
    result.issue().ifPresent(issue -> out.println("  " + issue.describe()));
  }
}
