package dev.minutes.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.TestNotes;
import dev.minutes.notes.Meeting;
import dev.minutes.people.PeopleDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every file of the shared corpus parses without an exception. Reads {@code ../shared/corpus}
 * (relative to the project directory; override with {@code -Dminutes.corpus=DIR}) and is skipped,
 * visibly, when it is absent, as in a user's clone.
 */
class CorpusIT {
  static Path corpus() {
    return TestNotes.sharedCorpus();
  }

  @Test
  void everyCorpusFileParsesWithoutAnException() throws IOException {
    Path corpus = corpus();
    Assumptions.assumeTrue(
        Files.isDirectory(corpus),
        "../shared/corpus not present: " + corpus.toAbsolutePath() + " (set -Dminutes.corpus)");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    NotesParser parser = new NotesParser(PeopleDirectory.empty());
    List<String> failures = new ArrayList<>();
    int actions = 0;
    for (Path file : files) {
      try {
        Meeting meeting = parser.parse(file.toString(), Files.readAllBytes(file));
        actions += meeting.actions().size();
      } catch (RuntimeException | StackOverflowError e) {
        failures.add(file + ": " + e);
      }
    }

    assertThat(failures).isEmpty();
    assertThat(files).hasSizeGreaterThan(300);
    assertThat(actions).isPositive();
  }
}
