package dev.minutes.cli;

import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command shares: the whole configuration is read and validated before the command does
 * anything (a bad value stops it there, naming the key), and its result is an {@link ExitCode}.
 * Failures are reported by {@link Main}: one line to the user, the stack trace to the log.
 */
abstract class MinutesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public final Integer call() throws Exception {
    Main root = (Main) spec.root().userObject();
    if (readsConfiguration()) {
      long start = System.nanoTime();
      root.settings();
      LoggerFactory.getLogger(MinutesCommand.class)
          .debug(
              "settings read and checked in {} ms; {}",
              (System.nanoTime() - start) / 1_000_000,
              root.configLocation().describe());
    }
    ExitCode result = run();
    LoggerFactory.getLogger(MinutesCommand.class)
        .debug("{}: exit code {}", spec.qualifiedName(), result.code());
    return result.code();
  }

  /** Does the command's work, once the configuration is known to be valid. */
  abstract ExitCode run() throws Exception;

  /** False for the few commands that need no configuration (shell completion). */
  boolean readsConfiguration() {
    return true;
  }
}
