package dev.minutes.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Which pager to use and how tall the screen is, as git decides it: {@code MINUTES_PAGER}, else
 * {@code PAGER}, else {@code less -FRX}; none when the chosen one is empty or {@code cat}, and none
 * when its program is not installed (the output is then printed as it is).
 */
record PagerCommand(String command) {
  static final String DEFAULT = "less -FRX";
  private static final int DEFAULT_ROWS = 24;

  /** The pager to run, or null for none. */
  static PagerCommand find(Map<String, String> environment) {
    String chosen = environment.get("MINUTES_PAGER");
    if (chosen == null) {
      chosen = environment.get("PAGER");
    }
    if (chosen == null) {
      chosen = DEFAULT;
    }
    chosen = chosen.strip();
    if (chosen.isEmpty() || chosen.equals("cat")) {
      return null;
    }
    return installed(program(chosen), environment.get("PATH")) ? new PagerCommand(chosen) : null;
  }

  /** A process running the pager through the shell (so {@code PAGER="less -S"} works), as git. */
  ProcessBuilder process(Map<String, String> environment) {
    ProcessBuilder builder =
        new ProcessBuilder("/bin/sh", "-c", command)
            .redirectOutput(ProcessBuilder.Redirect.INHERIT)
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    // less shows colour (R), leaves short output on screen (F) and does not clear it (X).
    if (!environment.containsKey("LESS")) {
      builder.environment().put("LESS", "FRX");
    }
    return builder;
  }

  /**
   * The terminal's rows: from {@code stty size} on the controlling terminal, else {@code LINES},
   * else 24.
   */
  static int screenRows(Map<String, String> environment) {
    try {
      Process stty =
          new ProcessBuilder("stty", "size")
              .redirectInput(new File("/dev/tty"))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      if (stty.waitFor(2, TimeUnit.SECONDS) && stty.exitValue() == 0) {
        int rows = Integer.parseInt(size.strip().split("\\s+")[0]);
        if (rows > 0) {
          return rows;
        }
      }
    } catch (IOException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
      // no terminal to ask: fall back below
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      int lines = Integer.parseInt(environment.getOrDefault("LINES", "").strip());
      return lines > 0 ? lines : DEFAULT_ROWS;
    } catch (NumberFormatException e) {
      return DEFAULT_ROWS;
    }
  }

  private static String program(String command) {
    return command.split("\\s+", 2)[0];
  }

  private static boolean installed(String program, String path) {
    if (program.contains("/")) {
      return Files.isExecutable(Path.of(program));
    }
    if (path == null) {
      return false;
    }
    for (String folder : path.split(File.pathSeparator)) {
      if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
        return true;
      }
    }
    return false;
  }
}
