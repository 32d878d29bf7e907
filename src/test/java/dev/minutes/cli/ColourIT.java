package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Colour in a real child process: on a terminal (a pseudo-terminal from util-linux {@code script}),
 * and never with {@code NO_COLOR} or when the output is piped.
 */
class ColourIT {
  private static final String ESCAPE = "\u001b[";
  private static final Path SCRIPT = Path.of("/usr/bin/script");

  @Test
  void aTerminalGetsColour() throws Exception {
    assumeTrue(Files.isExecutable(SCRIPT), "util-linux script not installed: no terminal to test");

    String output = onTerminal(Map.of(), "injest");

    assertThat(output).contains("is not a minutes command").contains(ESCAPE);
  }

  @Test
  void lateItemsAreRedOnATerminal(@TempDir Path folder) throws Exception {
    assumeTrue(Files.isExecutable(SCRIPT), "util-linux script not installed: no terminal to test");
    Map<String, String> store =
        Map.of(
            "MINUTES_STORE_URL",
            "jdbc:sqlite:" + folder.resolve("minutes.db"),
            "MINUTES_GITHUB_MODE",
            "off");
    assertThat(Cli.run(store, Clock.systemUTC(), "ingest", "notes").exit()).isZero();

    String output = onTerminal(store, "todos");

    assertThat(output).containsPattern("\u001b\\[31m\\d+ days late\u001b\\[39m");
  }

  @Test
  void noColorTurnsItOffEvenOnATerminal() throws Exception {
    assumeTrue(Files.isExecutable(SCRIPT), "util-linux script not installed: no terminal to test");

    String output = onTerminal(Map.of("NO_COLOR", "1"), "injest");

    assertThat(output).contains("is not a minutes command").doesNotContain(ESCAPE);
  }

  @Test
  void pipedOutputHasNoEscapeCodes() throws Exception {
    Process minutes = new ProcessBuilder(javaCommand("injest")).redirectErrorStream(true).start();

    String output = read(minutes);

    assertThat(output).contains("is not a minutes command").doesNotContain(ESCAPE);
  }

  /** Runs minutes under {@code script}, whose pseudo-terminal is stdin, stdout and stderr. */
  private static String onTerminal(Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    String command =
        String.join(" ", javaCommand(args).stream().map(word -> "'" + word + "'").toList());
    ProcessBuilder builder =
        new ProcessBuilder(SCRIPT.toString(), "-qec", command, "/dev/null")
            .redirectErrorStream(true);
    builder.environment().remove("NO_COLOR");
    builder.environment().put("TERM", "xterm");
    builder.environment().putAll(environment);
    return read(builder.start());
  }

  private static List<String> javaCommand(String... args) {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    return command;
  }

  private static String read(Process process) throws IOException, InterruptedException {
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return output;
  }
}
