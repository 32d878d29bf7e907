package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Colour in a real child process: on a terminal (a pseudo-terminal from util-linux {@code script}),
 * and never with {@code NO_COLOR} or when the output is piped.
 */
class ColourIT {
  private static final String ESCAPE = "\u001b[";

  @Test
  void aTerminalGetsColour() throws Exception {
    assumeTrue(
        ChildMinutes.terminalAvailable(), "util-linux script not installed: no terminal to test");

    String output = ChildMinutes.onTerminal(Map.of(), "injest");

    assertThat(output).contains("is not a minutes command").contains(ESCAPE);
  }

  @Test
  void lateItemsAreRedOnATerminal(@TempDir Path folder) throws Exception {
    assumeTrue(
        ChildMinutes.terminalAvailable(), "util-linux script not installed: no terminal to test");
    Map<String, String> store =
        Map.of(
            "MINUTES_STORE_URL",
            "jdbc:sqlite:" + folder.resolve("minutes.db"),
            "MINUTES_GITHUB_MODE",
            "off");
    assertThat(Cli.run(store, Clock.systemUTC(), "ingest", "notes").exit()).isZero();

    String output = ChildMinutes.onTerminal(store, "todos");

    assertThat(output).containsPattern("\u001b\\[31m\\d+ days late\u001b\\[39m");
  }

  @Test
  void noColorTurnsItOffEvenOnATerminal() throws Exception {
    assumeTrue(
        ChildMinutes.terminalAvailable(), "util-linux script not installed: no terminal to test");

    String output = ChildMinutes.onTerminal(Map.of("NO_COLOR", "1"), "injest");

    assertThat(output).contains("is not a minutes command").doesNotContain(ESCAPE);
  }

  @Test
  void quietHidesTheProgressLineOnATerminal(@TempDir Path folder) throws Exception {
    assumeTrue(
        ChildMinutes.terminalAvailable(), "util-linux script not installed: no terminal to test");
    Path notes = folder.resolve("notes");
    java.nio.file.Files.createDirectories(notes);
    for (int week = 1; week <= IngestCommand.ARCHIVE; week++) {
      java.nio.file.Files.copy(
          Path.of("notes/2024-03-04-maintainers.md"), notes.resolve("week-" + week + ".md"));
    }
    Map<String, String> environment = Map.of("MINUTES_GITHUB_MODE", "off");
    String store = "jdbc:sqlite:" + folder.resolve("minutes.db");

    String shown =
        ChildMinutes.onTerminal(
            environment, "ingest", "--dry-run", "--store", store, notes.toString());
    String quiet =
        ChildMinutes.onTerminal(
            environment, "ingest", "--dry-run", "--store", store, "--quiet", notes.toString());

    assertThat(shown).contains(IngestCommand.ARCHIVE + "/" + IngestCommand.ARCHIVE + " files, ");
    assertThat(quiet).doesNotContain(" files, ").contains("dry run, nothing written");
  }

  @Test
  void pipedOutputHasNoEscapeCodes() throws Exception {
    String output = ChildMinutes.piped(Map.of(), "injest");

    assertThat(output).contains("is not a minutes command").doesNotContain(ESCAPE);
  }
}
