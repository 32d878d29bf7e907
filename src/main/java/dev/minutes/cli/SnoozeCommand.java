package dev.minutes.cli;

import dev.minutes.config.Config;
import dev.minutes.items.Store;
import dev.minutes.items.TrackedItem;
import dev.minutes.notes.MinutesException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code minutes snooze ID DURATION}: holds an item's reminders for a while. */
@Command(
    name = "snooze",
    mixinStandardHelpOptions = true,
    description = "Holds an item's reminders for a while (3d, 2w, 12h), or ends a snooze (off).")
final class SnoozeCommand extends MinutesCommand {
  @ParentCommand Main main;
  private final StoreOption storeOption = new StoreOption();

  @Option(names = "--by", paramLabel = "WHO", description = "Who is snoozing it (default: $USER).")
  String actor;

  @Parameters(index = "0", paramLabel = "ID", description = "The item number.")
  long id;

  @Parameters(
      index = "1",
      paramLabel = "DURATION",
      description = "How long: 12h, 3d, 2w or ISO-8601 (P10D); off ends the snooze.")
  String length;

  @Override
  ExitCode run() {
    Instant now = main.clock().instant();
    Instant until = "off".equalsIgnoreCase(length.strip()) ? null : now.plus(duration(length));
    String who = actor != null ? actor : main.environment().getOrDefault("USER", "cli");
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = storeOption.open(main)) {
      TrackedItem item = store.snooze(id, until, who, now);
      out.println(
          "#"
              + item.id()
              + (until == null ? " is reminded again" : " is not reminded until " + until));
    }
    out.flush();
    return ExitCode.OK;
  }

  /** A positive duration in the config keys' forms, or a one-line error saying which forms. */
  static Duration duration(String text) {
    return Config.parseDuration(text)
        .filter(d -> !d.isNegative() && !d.isZero())
        .orElseThrow(
            () ->
                new MinutesException(
                    "snooze", "'" + text + "' is not a duration", "use 12h, 3d, 2w or P10D"));
  }
}
