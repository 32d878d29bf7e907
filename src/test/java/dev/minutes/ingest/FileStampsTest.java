package dev.minutes.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.TestNotes;
import dev.minutes.items.Store;
import dev.minutes.notes.Diagnostic;
import dev.minutes.parse.NotesParser;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.store.Database;
import dev.minutes.store.JdbcStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Knowing a file unread, on the real maintainers meeting of 2024-03-04 and a real SQLite store: a
 * stamp is trusted only while the file keeps its size and modification time and reading it depends
 * on nothing else that changed, and never for a file modified within a clock tick of being read. A
 * refused file's findings are replayed while it keeps its stamp.
 */
class FileStampsTest {
  private static final String SOURCE = "notes/2024-03-04-maintainers.md";
  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
  private static final Clock WALL = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final String CONTEXT = "minutes 1.0\npeople v1";

  @TempDir Path folder;
  private Store store;
  private Ingester ingester;
  private Path file;

  @BeforeEach
  void theRealNotesLastModifiedAnHourAgo() throws IOException {
    store = new JdbcStore(Database.open("jdbc:sqlite:" + folder.resolve("minutes.db"), Map.of()));
    ingester = new Ingester(new NotesParser(PeopleDirectory.empty()), store, WALL, "people-v1");
    file = folder.resolve("2024-03-04-maintainers.md");
    write(realNotes(), NOW.minusSeconds(3600));
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void aStoredFileIsKnownUnchangedInTheNextRun() throws IOException {
    read(CONTEXT);

    FileStamps nextRun = new FileStamps(store, CONTEXT, WALL);

    assertThat(nextRun.known(SOURCE, nextRun.current(file)))
        .get()
        .extracting(report -> report.outcome().unchanged())
        .isEqualTo(true);
  }

  @Test
  void anEditThatKeepsTheFileSizeIsSeenByItsModificationTime() throws IOException {
    read(CONTEXT);
    write(realNotes().replace("RD: Create", "RD: Crxate"), NOW.minusSeconds(60));

    FileStamps nextRun = new FileStamps(store, CONTEXT, WALL);

    assertThat(Files.size(file)).isEqualTo(realNotes().getBytes(StandardCharsets.UTF_8).length);
    assertThat(nextRun.known(SOURCE, nextRun.current(file))).isEmpty();
  }

  @Test
  void aChangeOfWhatReadingDependsOnMakesEveryFileReadAgain() throws IOException {
    read(CONTEXT);

    FileStamps nextRun = new FileStamps(store, "minutes 1.0\npeople v2", WALL);

    assertThat(nextRun.known(SOURCE, nextRun.current(file))).isEmpty();
  }

  @Test
  void aFileModifiedWithinAClockTickOfBeingReadGetsNoStamp() throws IOException {
    write(realNotes(), NOW.minusMillis(500));

    Optional<String> stamp = read(CONTEXT);

    assertThat(stamp).isEmpty();
    assertThat(store.fileStamps()).isEmpty();
  }

  @Test
  void aRefusedFileKeepsItsFindingsUntilItChangesAndThenGoesIn() throws IOException {
    String broken = realNotes().replaceFirst("---\n", "---\ndate: [unclosed\n");
    write(broken, NOW.minusSeconds(3600));
    IngestReport refused = ingester.ingest(SOURCE, Files.readAllBytes(file), false);
    assertThat(refused.failed()).isTrue();
    FileStamps run = new FileStamps(store, CONTEXT, WALL);
    run.remember(refused, run.current(file));

    FileStamps nextRun = new FileStamps(store, CONTEXT, WALL);
    Optional<IngestReport> replayed = nextRun.known(SOURCE, nextRun.current(file));

    assertThat(replayed).get().extracting(IngestReport::failed).isEqualTo(true);
    assertThat(replayed.get().warnings())
        .extracting(Diagnostic::code)
        .containsExactlyElementsOf(refused.warnings().stream().map(Diagnostic::code).toList());

    write(realNotes(), NOW.minusSeconds(60));
    assertThat(nextRun.known(SOURCE, nextRun.current(file))).isEmpty();
    read(CONTEXT);
    assertThat(store.fileVerdicts()).isEmpty();
    assertThat(store.fileStamps()).containsOnlyKeys(SOURCE);
  }

  /** One run's read of the file: ingested, and what it found remembered. */
  private Optional<String> read(String context) throws IOException {
    FileStamps run = new FileStamps(store, context, WALL);
    Optional<String> stamp = run.current(file);
    IngestReport report = ingester.ingest(SOURCE, Files.readAllBytes(file), false);
    run.remember(report, stamp);
    return stamp;
  }

  private void write(String text, Instant modified) throws IOException {
    Files.writeString(file, text);
    Files.setLastModifiedTime(file, FileTime.from(modified));
  }

  private static String realNotes() {
    return TestNotes.text(TestNotes.MAINTAINERS_2024_03_04);
  }
}
