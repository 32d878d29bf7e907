package dev.minutes.cli;

import dev.minutes.store.ItemStatus;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code minutes done ID...}: marks action items done. */
@Command(
    name = "done",
    mixinStandardHelpOptions = true,
    description = "Marks action items done (recorded with who and when).")
final class DoneCommand extends StatusChange implements Callable<Integer> {
  @Override
  public Integer call() {
    return apply(ItemStatus.DONE);
  }
}
