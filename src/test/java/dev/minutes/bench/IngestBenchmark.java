package dev.minutes.bench;

import dev.minutes.ingest.IngestReport;
import dev.minutes.ingest.Ingester;
import dev.minutes.items.Store;
import dev.minutes.parse.NotesFiles;
import dev.minutes.parse.NotesParser;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.store.Database;
import dev.minutes.store.JdbcStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Times ingest of a notes directory into a fresh SQLite store, then the re-ingest of the same,
 * unchanged files (which should be recognised by their hash and skipped). Not a test: run it with
 * the command in the README. Arguments: [DIRECTORY [ROUNDS]], default ../shared/corpus/unikraft 5.
 */
public final class IngestBenchmark {
  private IngestBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/unikraft");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<Path> files = NotesFiles.collect(List.of(corpus));
    List<byte[]> contents = new ArrayList<>();
    for (Path file : files) {
      contents.add(Files.readAllBytes(file));
    }
    round(files, contents); // warm-up: class loading, JIT, Flyway
    long[] fresh = new long[rounds];
    long[] again = new long[rounds];
    for (int r = 0; r < rounds; r++) {
      long[] times = round(files, contents);
      fresh[r] = times[0];
      again[r] = times[1];
    }
    double freshMs = median(fresh) / 1e6;
    double againMs = median(again) / 1e6;
    System.out.printf(
        "%d files, %d rounds (median): fresh ingest %.0f ms (%.0f files/s), re-ingest %.0f ms"
            + " (%.0f files/s); re-ingest is %.1fx faster%n",
        files.size(),
        rounds,
        freshMs,
        files.size() / (freshMs / 1000),
        againMs,
        files.size() / (againMs / 1000),
        freshMs / againMs);
  }

  /** One fresh store: nanoseconds of the first ingest and of the second. */
  private static long[] round(List<Path> files, List<byte[]> contents) throws IOException {
    Path folder = Files.createTempDirectory("minutes-bench");
    try (Store store =
        new JdbcStore(Database.open("jdbc:sqlite:" + folder.resolve("minutes.db"), Map.of()))) {
      Ingester ingester =
          new Ingester(new NotesParser(PeopleDirectory.empty()), store, Clock.systemUTC(), "bench");
      long first = ingestAll(ingester, files, contents, false);
      long second = ingestAll(ingester, files, contents, true);
      return new long[] {first, second};
    } finally {
      try (var paths = Files.walk(folder)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static long ingestAll(
      Ingester ingester, List<Path> files, List<byte[]> contents, boolean expectUnchanged) {
    long start = System.nanoTime();
    for (int i = 0; i < files.size(); i++) {
      IngestReport report = ingester.ingest(files.get(i).toString(), contents.get(i), false);
      if (expectUnchanged && report.outcome() != null && !report.outcome().unchanged()) {
        throw new IllegalStateException(files.get(i) + " was not recognised as unchanged");
      }
    }
    return System.nanoTime() - start;
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
