package dev.minutes.cli;

import dev.minutes.items.ItemStatus;
import picocli.CommandLine.Command;

/** {@code minutes reopen ID...}: opens action items again. */
@Command(
    name = "reopen",
    mixinStandardHelpOptions = true,
    description = "Opens done or removed action items again (recorded with who and when).")
final class ReopenCommand extends StatusChange {
  @Override
  ExitCode run() {
    return apply(ItemStatus.OPEN);
  }
}
