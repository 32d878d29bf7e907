package dev.minutes.bench;

import dev.minutes.chat.Announcer;
import dev.minutes.chat.ChatMembers;
import dev.minutes.items.Store;
import dev.minutes.items.StoredMeeting;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.store.Database;
import dev.minutes.store.JdbcStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Timed harness, not a test: builds 1, 10 and 100 copies of the notes archive (see {@link
 * ScaleCorpus}) and runs the real commands on each, every one in a cold JVM under {@code
 * /usr/bin/time -v}, several times, printing the medians of wall time and peak RSS. Run it after
 * {@code mvn package} (which builds target/minutes.jar and the test classes):
 *
 * <pre>
 * java -cp target/minutes.jar:target/test-classes dev.minutes.bench.ScaleBenchmark \
 *     [--copies 1,10,100] [--runs 3] [--archive ../shared/corpus/unikraft] [--minutes ./minutes]
 *     [--parse no]
 * </pre>
 *
 * {@code --parse no} leaves out the three parse measurements (the longest on 100 copies). {@code
 * --minutes} is the command that runs Minutes (default the launcher, so its start-up options are
 * measured too; {@code "java -jar target/minutes.jar"} measures the bare JVM).
 */
public final class ScaleBenchmark {
  private static final String OWNER = "RD";
  private static final String BARE_C1 = "bare parse, client compiler";
  private static final List<String> EMPTY_WINDOW =
      List.of("digest", "--since", "2001-01-01", "--until", "2001-01-07");

  private final Path archive;
  private final List<String> minutes;
  private final int runs;
  private final boolean parse;
  private final Path work;
  private final Map<String, String> environment = new LinkedHashMap<>();

  private ScaleBenchmark(Path archive, List<String> minutes, int runs, boolean parse, Path work) {
    this.archive = archive;
    this.minutes = minutes;
    this.runs = runs;
    this.parse = parse;
    this.work = work;
    // Only what a shell needs: no tokens, so GitHub and Discord are dry runs.
    for (String name : List.of("PATH", "HOME", "LANG", "JAVA_HOME", "MINUTES_JAVA_OPTS")) {
      String value = System.getenv(name);
      if (value != null) {
        environment.put(name, value);
      }
    }
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    int[] copies =
        Arrays.stream(options.getOrDefault("--copies", "1,10,100").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    Path work = Files.createTempDirectory("minutes-scale");
    List<String> minutes =
        new ArrayList<>(
            Arrays.asList(
                options
                    .getOrDefault("--minutes", Path.of("minutes").toAbsolutePath().toString())
                    .split(" ")));
    minutes.set(0, absoluteIfLocal(minutes.get(0)));
    for (int i = 1; i < minutes.size(); i++) {
      if (minutes.get(i).endsWith(".jar")) {
        minutes.set(i, Path.of(minutes.get(i)).toAbsolutePath().toString());
      }
    }
    ScaleBenchmark benchmark =
        new ScaleBenchmark(
            Path.of(options.getOrDefault("--archive", "../shared/corpus/unikraft")),
            minutes,
            Integer.parseInt(options.getOrDefault("--runs", "3")),
            !options.getOrDefault("--parse", "yes").equals("no"),
            work);
    try {
      Map<Integer, Map<String, Measured>> results = new LinkedHashMap<>();
      for (int n : copies) {
        results.put(n, benchmark.measure(n));
      }
      benchmark.print(results);
    } finally {
      delete(work);
    }
  }

  private Map<String, Measured> measure(int copies) throws Exception {
    Path corpus = work.resolve("corpus-" + copies);
    int files = ScaleCorpus.build(archive, copies, corpus);
    Files.writeString(
        work.resolve("auto.properties"), "github.mode=auto\ngithub.repo=unikraft/meeting-notes\n");
    Files.writeString(work.resolve("off.properties"), "github.mode=off\n");
    System.err.printf(Locale.ROOT, "%d copies: %d files in %s%n", copies, files, corpus);
    Map<String, List<Measured>> samples = new LinkedHashMap<>();
    String dir = corpus.toString();
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (int run = 0; run < runs; run++) {
      String store = "jdbc:sqlite:" + work.resolve("store-" + copies + "-" + run + ".db");
      if (parse) {
        sample(
            samples,
            "bare parse (cold JVM)",
            List.of(javaBin, "-cp", classPath(), "dev.minutes.parse.bench.BareParser", dir));
        // The launcher runs parse with the client compiler only; the same floor with it too.
        sample(
            samples,
            BARE_C1,
            List.of(
                javaBin,
                "-XX:TieredStopAtLevel=1",
                "-cp",
                classPath(),
                "dev.minutes.parse.bench.BareParser",
                dir));
        sample(samples, "parse --format json", minutes("parse", "--format", "json", dir));
        sample(samples, "parse --format jsonl", minutes("parse", "--format", "jsonl", dir));
      }
      sample(
          samples,
          "fresh ingest",
          minutes("--config", "auto.properties", "ingest", "--store", store, dir));
      sample(
          samples,
          "unchanged re-ingest",
          minutes("--config", "auto.properties", "ingest", "--store", store, dir));
      sample(
          samples,
          "re-ingest, github.mode=off",
          minutes("--config", "off.properties", "ingest", "--store", store, dir));
      sample(
          samples, "todos --owner " + OWNER, minutes("todos", "--store", store, "--owner", OWNER));
      sample(samples, "todos", minutes("todos", "--store", store));
      List<String> digest = new ArrayList<>(List.of("--config", "off.properties"));
      digest.addAll(EMPTY_WINDOW);
      digest.addAll(List.of("--store", store));
      sample(samples, "digest of an empty week", minutes(digest.toArray(String[]::new)));
      samples
          .computeIfAbsent("announce one meeting (ms, in-process)", k -> new ArrayList<>())
          .add(announceMillis(store));
    }
    Map<String, Measured> medians = new LinkedHashMap<>();
    samples.forEach((name, list) -> medians.put(name, Measured.median(list)));
    return medians;
  }

  private List<String> minutes(String... arguments) {
    List<String> command = new ArrayList<>(minutes);
    command.addAll(List.of(arguments));
    return command;
  }

  private void sample(Map<String, List<Measured>> samples, String name, List<String> command)
      throws IOException, InterruptedException {
    // ingest exits 1 when a file could not be read as notes: the archive holds three such files.
    Set<Integer> okExits = command.contains("ingest") ? Set.of(0, 1) : Set.of(0);
    Measured measured = Measured.run(work, command, environment, okExits);
    System.err.printf(
        Locale.ROOT,
        "  %-32s %8.2f s %8.2f s CPU %8.0f MiB%n",
        name,
        measured.seconds(),
        measured.cpuSeconds(),
        measured.rssMib());
    samples.computeIfAbsent(name, k -> new ArrayList<>()).add(measured);
  }

  /**
   * Renders announcements of 20 meetings spread over the store (after 20 of warm-up) and returns
   * the median per meeting, as a {@link Measured} whose seconds are milliseconds.
   */
  private static Measured announceMillis(String storeUrl) {
    try (Store store = new JdbcStore(Database.open(storeUrl, Map.of()))) {
      Announcer announcer =
          new Announcer(
              store,
              () -> ChatMembers.of(PeopleDirectory.empty(), List.of()),
              null,
              Duration.ofDays(7),
              Clock.systemUTC());
      List<StoredMeeting> meetings = store.meetings(null);
      int step = Math.max(1, meetings.size() / 20);
      double[] millis = new double[20];
      for (int round = 0; round < 2; round++) {
        for (int i = 0; i < 20; i++) {
          long start = System.nanoTime();
          announcer.render(meetings.get((i * step + round) % meetings.size()));
          millis[i] = (System.nanoTime() - start) / 1e6;
        }
      }
      Arrays.sort(millis);
      return new Measured(millis[10], 0, 0, 0);
    }
  }

  private void print(Map<Integer, Map<String, Measured>> results) {
    List<Integer> copies = new ArrayList<>(results.keySet());
    int base = copies.get(0);
    StringBuilder header =
        new StringBuilder(String.format(Locale.ROOT, "%-40s", "median of " + runs + " runs"));
    for (int n : copies) {
      header.append(String.format(Locale.ROOT, " | %34s", n + (n == 1 ? " copy" : " copies")));
    }
    System.out.println(header);
    for (String name : results.get(base).keySet()) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-40s", name));
      for (int n : copies) {
        Measured m = results.get(n).get(name);
        Measured first = results.get(base).get(name);
        String ratio =
            n == base ? "" : String.format(Locale.ROOT, " %5.2fx", m.seconds() / first.seconds());
        line.append(
            m.rssKib() == 0
                ? String.format(Locale.ROOT, " | %9.2f ms %-21s", m.seconds(), ratio)
                : String.format(
                    Locale.ROOT,
                    " | %6.2f s %6.2f cpu %5.0f MiB%-6s",
                    m.seconds(),
                    m.cpuSeconds(),
                    m.rssMib(),
                    ratio));
      }
      System.out.println(line);
    }
    for (int n : parse ? copies : List.<Integer>of()) {
      Map<String, Measured> r = results.get(n);
      Measured parseJson = r.get("parse --format json");
      Measured bare = r.get("bare parse (cold JVM)");
      Measured bareC1 = r.get(BARE_C1);
      Measured fresh = r.get("fresh ingest");
      Measured jsonl = r.get("parse --format jsonl");
      System.out.printf(
          Locale.ROOT,
          "%d %s: parse json / bare parse %.2fx wall, %.2fx CPU (bare with the client compiler:"
              + " %.2fx wall, %.2fx CPU); fresh ingest / parse jsonl %.2fx; fresh ingest wrote"
              + " %.0f MB%n",
          n,
          n == 1 ? "copy" : "copies",
          parseJson.seconds() / bare.seconds(),
          parseJson.cpuSeconds() / bare.cpuSeconds(),
          parseJson.seconds() / bareC1.seconds(),
          parseJson.cpuSeconds() / bareC1.cpuSeconds(),
          fresh.seconds() / jsonl.seconds(),
          fresh.writtenBytes() / 1e6);
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    return options;
  }

  /** This JVM's class path with absolute entries, for a child that runs elsewhere. */
  private static String classPath() {
    return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .map(entry -> Path.of(entry).toAbsolutePath().toString())
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
  }

  private static String absoluteIfLocal(String command) {
    return command.contains("/") ? Path.of(command).toAbsolutePath().toString() : command;
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
