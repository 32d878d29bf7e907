package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.minutes.TestNotes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole Unikraft corpus through ingest, twice, into a fresh SQLite store. Needs {@code
 * ../shared/corpus} (CI has it); skipped, visibly, in a clone without it.
 */
class CorpusIngestIT {
  private static final Path CORPUS = TestNotes.sharedCorpus().resolve("unikraft");
  private static final List<String> TABLES =
      List.of("meetings", "items", "item_history", "events", "counters");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;

  @Test
  void aSecondIngestOfTheCorpusChangesNoRowAndTodosListExactlyTheParsedItems() throws Exception {
    assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus not present: corpus test skipped");
    String url = "jdbc:sqlite:" + folder.resolve("minutes.db");

    Set<String> refused = new TreeSet<>();
    for (JsonNode finding :
        JSON.readTree(Cli.run("lint", "--format", "json", CORPUS.toString()).out())) {
      if (finding.get("severity").asText().equals("error")) {
        refused.add(finding.get("file").asText());
      }
    }

    Cli first = Cli.run("ingest", "--store", url, CORPUS.toString());
    // Lint and ingest agree: what lint calls an error is not ingested, said so, exit 1.
    assertThat(refused).hasSize(3);
    assertThat(first.exit()).as(first.err()).isEqualTo(1);
    refused.forEach(
        file -> assertThat(first.err()).contains(file + ": not ingested, the file has errors:"));
    assertThat(first.out())
        .contains("README.md: skipped, not meeting notes")
        .contains(", 1 not meeting notes, 3 failed");
    List<String> rowsAfterFirst = allRows(url);

    Cli second = Cli.run("ingest", "--store", url, CORPUS.toString());

    assertThat(second.exit()).isEqualTo(1);
    assertThat(second.out())
        .contains("0 new meetings, 0 new items, 0 changed, 0 removed")
        .doesNotContain("new meeting \"");
    assertThat(allRows(url)).isEqualTo(rowsAfterFirst);

    Set<String> stored = new TreeSet<>();
    for (JsonNode item :
        JSON.readTree(
            Cli.run("todos", "--store", url, "--status", "all", "--format", "json").out())) {
      stored.add(
          item.get("meeting").asText() + ":" + item.get("line") + ":" + item.get("text").asText());
    }
    Set<String> parsed = new TreeSet<>();
    for (JsonNode meeting :
        JSON.readTree(Cli.run("parse", "--format", "json", CORPUS.toString()).out())) {
      if (refused.contains(meeting.get("source").asText())) {
        continue;
      }
      for (JsonNode action : meeting.get("actions")) {
        parsed.add(
            // The store knows a meeting by its real path (outside a git work tree).
            Path.of(meeting.get("source").asText()).toRealPath()
                + ":"
                + action.get("line")
                + ":"
                + action.get("text").asText());
      }
    }
    assertThat(parsed).hasSizeGreaterThan(1000);
    assertThat(stored).isEqualTo(parsed);
  }

  /** Every row of every table, as text: equal lists mean no row changed. */
  private static List<String> allRows(String url) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet result = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
          int columns = result.getMetaData().getColumnCount();
          while (result.next()) {
            StringBuilder row = new StringBuilder(table);
            for (int c = 1; c <= columns; c++) {
              row.append('|').append(result.getString(c));
            }
            rows.add(row.toString());
          }
        }
      }
    }
    return rows;
  }
}
