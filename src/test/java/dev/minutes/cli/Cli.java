package dev.minutes.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;

/** Runs the real command line in this JVM and captures what it prints. */
record Cli(int exit, String out, String err) {

  /** An environment with a store in {@code folder} and no GitHub: most command tests' setup. */
  static Map<String, String> storeIn(java.nio.file.Path folder) {
    return Map.of(
        "MINUTES_STORE_URL",
        "jdbc:sqlite:" + folder.resolve("minutes.db"),
        "MINUTES_GITHUB_MODE",
        "off");
  }

  static Cli run(String... args) {
    return run(Map.of(), Clock.systemUTC(), args);
  }

  static Cli run(Map<String, String> environment, Clock clock, String... args) {
    CommandLine commandLine = Main.commandLine(new Main(environment, clock), args);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exit = commandLine.execute(args);
    return new Cli(exit, out.toString(), err.toString());
  }
}
