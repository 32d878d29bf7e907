package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One file cannot create an unbounded number of items, nor an item of unbounded length. */
class IngestLimitsTest {
  @TempDir Path folder;

  @Test
  void aFileWithMoreItemsThanTheLimitIsRefusedWholeNamingTheLineAndTheSetting() throws IOException {
    Path notes = notes(items(11));

    Cli ingest = ingest("ingest.max-items-per-file=10\n", notes);

    assertThat(ingest.exit()).isEqualTo(ExitCode.USER_ERROR.code());
    assertThat(ingest.err())
        .contains(
            "line 17: 11 action items, more than ingest.max-items-per-file (10)",
            "[too-many-items]");
    assertThat(ingest.out()).contains("0 new items", "1 failed");
    assertThat(todos()).isEqualTo("[ ]");
  }

  @Test
  void theDefaultLimitLetsAMeetingOfAHundredItemsIn() throws IOException {
    Cli ingest = ingest("", notes(items(100)));

    assertThat(ingest.exit()).as(ingest.err()).isZero();
    assertThat(ingest.out()).contains("100 new items");
  }

  @Test
  void anItemLongerThanTheLimitRefusesTheFileNamingItsLine() throws IOException {
    Path notes = notes("RD: " + "word ".repeat(500) + "\n");

    Cli ingest = ingest("", notes);

    assertThat(ingest.exit()).isEqualTo(ExitCode.USER_ERROR.code());
    assertThat(ingest.err())
        .contains("line 7: an action item of 2,", "more than ingest.max-item-chars (2,000)");
  }

  private static String items(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(n -> "RD: item " + n + "\n")
        .collect(Collectors.joining());
  }

  private Path notes(String actionItems) throws IOException {
    return Files.writeString(
        folder.resolve("2024-03-04.md"),
        "---\ntitle: Flood\ndatetime: 2024-03-04T11:00:00+02:00\n---\n"
            + "## Action items\n\n"
            + actionItems);
  }

  private Cli ingest(String config, Path notes) throws IOException {
    Path file = Files.writeString(folder.resolve("bot-config.properties"), config);
    return Cli.run(
        Map.of(),
        Clock.systemUTC(),
        "--config",
        file.toString(),
        "ingest",
        "--store",
        store(),
        "--people",
        "notes/people.yaml",
        notes.toString());
  }

  private String todos() {
    return Cli.run("todos", "--store", store(), "--format", "json").out().strip();
  }

  private String store() {
    return "jdbc:sqlite:" + folder.resolve("minutes.db");
  }
}
