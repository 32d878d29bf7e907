package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code minutes} in a child JVM, for what only a fresh process shows: the log levels
 * fixed at start, and a terminal (a pseudo-terminal from util-linux {@code script}).
 */
final class ChildMinutes {
  static final Path SCRIPT = Path.of("/usr/bin/script");

  private ChildMinutes() {}

  /** Whether {@code script} is there to give a child a terminal. */
  static boolean terminalAvailable() {
    return Files.isExecutable(SCRIPT);
  }

  /** Runs minutes with stdout and stderr piped together; returns what it wrote. */
  static String piped(Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(javaCommand(args)).redirectErrorStream(true);
    builder.environment().putAll(environment);
    return read(builder.start());
  }

  /** Runs minutes under {@code script}, whose pseudo-terminal is stdin, stdout and stderr. */
  static String onTerminal(Map<String, String> environment, String... args)
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

  static List<String> javaCommand(String... args) {
    List<String> command =
        new ArrayList<>(
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
