package dev.minutes.parse.bench;

import dev.minutes.parse.NotesParser;
import dev.minutes.people.PeopleDirectory;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Timed harness, not a test: parses every *.md of the corpus N times after warm-up and prints
 * files/s for (a) a bare flexmark + SnakeYAML parse of the same files and (b) the full NotesParser
 * extraction, and their ratio. Never run by {@code mvn verify}; run it with
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.mainClass=dev.minutes.parse.bench.ParseBenchmark \
 *     -Dexec.classpathScope=test -Dexec.args="../shared/corpus/unikraft 20"
 * </pre>
 */
public final class ParseBenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ParseBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/unikraft");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(corpus)) {
      paths = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    if (paths.isEmpty()) {
      System.err.println("no *.md files under " + corpus.toAbsolutePath());
      System.exit(2);
    }
    byte[][] files = new byte[paths.size()][];
    long bytes = 0;
    for (int i = 0; i < files.length; i++) {
      files[i] = Files.readAllBytes(paths.get(i));
      bytes += files[i].length;
    }
    String[] names = paths.stream().map(Path::toString).toArray(String[]::new);

    BareParser bare = new BareParser();
    NotesParser parser = new NotesParser(PeopleDirectory.empty());
    Runnable bareRound =
        () -> {
          for (byte[] file : files) {
            bare.parse(file);
          }
        };
    Runnable fullRound =
        () -> {
          for (int i = 0; i < files.length; i++) {
            parser.parse(names[i], files[i]);
          }
        };

    System.out.printf(
        Locale.ROOT,
        "corpus %s: %d files, %.1f KiB; %d warm-up + %d timed rounds%n",
        corpus,
        files.length,
        bytes / 1024.0,
        warmup,
        rounds);
    for (int i = 0; i < warmup; i++) {
      bareRound.run();
      fullRound.run();
    }
    // Alternate the two so both see the same JIT and GC state.
    long bareNanos = 0;
    long fullNanos = 0;
    long bareCpu = 0;
    long fullCpu = 0;
    for (int i = 0; i < rounds; i++) {
      long cpu = THREADS.getCurrentThreadCpuTime();
      bareNanos += time(bareRound);
      long between = THREADS.getCurrentThreadCpuTime();
      fullNanos += time(fullRound);
      bareCpu += between - cpu;
      fullCpu += THREADS.getCurrentThreadCpuTime() - between;
    }
    double bareRate = files.length * (double) rounds / (bareNanos / 1e9);
    double fullRate = files.length * (double) rounds / (fullNanos / 1e9);
    System.out.printf(Locale.ROOT, "(a) bare flexmark + SnakeYAML: %,10.0f files/s%n", bareRate);
    System.out.printf(Locale.ROOT, "(b) NotesParser extraction:    %,10.0f files/s%n", fullRate);
    System.out.printf(
        Locale.ROOT,
        "ratio (b time / a time):       %10.2f  (extraction adds %.0f%% to a bare parse)%n",
        (double) fullNanos / bareNanos,
        100.0 * (fullNanos - bareNanos) / bareNanos);
    // On a machine shared with other work, the CPU time of this thread varies less than wall time.
    System.out.printf(
        Locale.ROOT, "ratio of this thread's CPU time:     %10.2f%n", (double) fullCpu / bareCpu);
  }

  private static long time(Runnable round) {
    long start = System.nanoTime();
    round.run();
    return System.nanoTime() - start;
  }
}
