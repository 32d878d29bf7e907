package dev.minutes.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One process run under {@code /usr/bin/time -v}: wall seconds, CPU seconds (user + system, which a
 * machine shared with other work disturbs less than wall time), peak RSS and bytes written.
 */
record Measured(double seconds, double cpuSeconds, long rssKib, long writtenBytes) {
  private static final Pattern WALL =
      Pattern.compile(
          "Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\): (?:(\\d+):)?(\\d+):([\\d.]+)");
  private static final Pattern RSS =
      Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
  private static final Pattern USER = Pattern.compile("User time \\(seconds\\): ([\\d.]+)");
  private static final Pattern SYSTEM = Pattern.compile("System time \\(seconds\\): ([\\d.]+)");
  private static final Pattern OUTPUTS = Pattern.compile("File system outputs: (\\d+)");

  /**
   * Runs {@code command} in {@code workdir} with stdout thrown away; fails on an exit code that
   * {@code okExits} does not hold.
   */
  static Measured run(
      Path workdir, List<String> command, Map<String, String> environment, Set<Integer> okExits)
      throws IOException, InterruptedException {
    Path report = Files.createTempFile(workdir, "time", ".txt");
    Path errors = Files.createTempFile(workdir, "stderr", ".txt");
    List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-v", "-o", report.toString()));
    timed.addAll(command);
    ProcessBuilder builder =
        new ProcessBuilder(timed)
            .directory(workdir.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(errors.toFile());
    builder.environment().clear();
    builder.environment().putAll(environment);
    int exit = builder.start().waitFor();
    String timing = Files.readString(report);
    if (!okExits.contains(exit)) {
      throw new IllegalStateException(
          String.join(" ", command) + " exited " + exit + ":\n" + Files.readString(errors));
    }
    Files.delete(report);
    Files.delete(errors);
    Matcher wall = WALL.matcher(timing);
    Matcher rss = RSS.matcher(timing);
    Matcher outputs = OUTPUTS.matcher(timing);
    Matcher user = USER.matcher(timing);
    Matcher system = SYSTEM.matcher(timing);
    if (!wall.find() || !rss.find() || !outputs.find() || !user.find() || !system.find()) {
      throw new IllegalStateException("unexpected /usr/bin/time output:\n" + timing);
    }
    double seconds =
        (wall.group(1) == null ? 0 : Integer.parseInt(wall.group(1)) * 3600)
            + Integer.parseInt(wall.group(2)) * 60
            + Double.parseDouble(wall.group(3));
    return new Measured(
        seconds,
        Double.parseDouble(user.group(1)) + Double.parseDouble(system.group(1)),
        Long.parseLong(rss.group(1)),
        Long.parseLong(outputs.group(1)) * 512);
  }

  /** The median of each figure over several runs (each figure on its own). */
  static Measured median(List<Measured> runs) {
    return new Measured(
        median(runs.stream().mapToDouble(Measured::seconds).toArray()),
        median(runs.stream().mapToDouble(Measured::cpuSeconds).toArray()),
        (long) median(runs.stream().mapToDouble(Measured::rssKib).toArray()),
        (long) median(runs.stream().mapToDouble(Measured::writtenBytes).toArray()));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  double rssMib() {
    return rssKib / 1024.0;
  }
}
