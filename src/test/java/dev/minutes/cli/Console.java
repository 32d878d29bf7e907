package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** A command line run with everything written to System.out and System.err (the log) caught. */
record Console(Cli run, String log) {

  static Console capture(Supplier<Cli> command) {
    PrintStream realErr = System.err;
    PrintStream realOut = System.out;
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
      System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
      Cli run = command.get();
      return new Console(run, console.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(realErr);
      System.setOut(realOut);
    }
  }

  /**
   * The failure was one {@code minutes:} line naming what to fix, with no trace, no text of the
   * server and no secret anywhere on the console.
   */
  void assertOneClearLine(String secret, String... names) {
    String everything = run.out() + run.err() + log;
    assertThat(everything).as(everything).contains(names);
    assertThat(everything.lines().filter(l -> l.contains("minutes: ")).count())
        .as(everything)
        .isLessThanOrEqualTo(1);
    assertThat(everything).doesNotContain(secret, "server says", "<script>", "\tat ", "Exception");
  }
}
