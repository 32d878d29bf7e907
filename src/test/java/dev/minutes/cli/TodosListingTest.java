package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code minutes todos --limit/--sort/--group-by}, as printed text and as JSON. */
class TodosListingTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-03-06T09:00:00Z"), ZoneOffset.UTC);

  @TempDir Path folder;
  private Map<String, String> environment;

  @BeforeEach
  void storeWithTheSampleMeetingAndAnother() throws Exception {
    environment = Cli.storeIn(folder);
    Path extra = folder.resolve("notes/2024-03-05-docs.md");
    Files.createDirectories(extra.getParent());
    Files.writeString(
        extra,
        """
        ---
        title: Docs Meeting
        date: 2024-03-05
        participants: [RăzvanD]
        ---
        ## TODOs and Decisions

        * RD: Review the docs PR by 2024-03-07.
        * RD: Fix the broken links.
        """);
    assertThat(run("ingest", "--people", "notes/people.yaml", "notes").exit()).isZero();
    assertThat(run("ingest", "--people", "notes/people.yaml", extra.toString()).exit()).isZero();
  }

  @Test
  void groupingByOwnerPrintsOneHeadingPerPersonWithTheirItemsUnderIt() {
    Cli todos = run("todos", "--people", "notes/people.yaml", "--group-by", "owner");

    assertThat(todos.exit()).isZero();
    assertThat(todos.out())
        .containsSubsequence(
            "Cezar Crăciunoiu\n", "  #2 ", "\n\nRăzvan Deaconescu\n", "  #1 ", "  #3 ", "  #4 ");
  }

  @Test
  void aLimitedListingSaysHowManyMoreMatched() {
    Cli todos = run("todos", "--sort", "due", "--limit", "2");

    assertThat(todos.out().lines())
        .hasSize(3)
        .last()
        .asString()
        .startsWith("… 2 more matched (--limit 2)");
    assertThat(todos.out().lines().findFirst().orElseThrow()).contains("Review the docs PR");
  }

  @Test
  void jsonKeepsItsArrayAndPutsTheCountOnStderr() throws Exception {
    Cli todos =
        run(
            "todos",
            "--people",
            "notes/people.yaml",
            "--group-by",
            "meeting",
            "--limit",
            "1",
            "--format",
            "json");

    JsonNode items = new ObjectMapper().readTree(todos.out());
    assertThat(items).hasSize(1);
    assertThat(items.get(0).get("group").asText()).startsWith("M2  2024-03-05  Docs Meeting");
    assertThat(todos.err()).startsWith("… 3 more matched (--limit 1)");
  }

  private Cli run(String... args) {
    return Cli.run(environment, CLOCK, args);
  }
}
