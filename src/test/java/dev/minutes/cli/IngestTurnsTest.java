package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minutes.TestNotes;
import dev.minutes.ingest.FileStamps;
import dev.minutes.ingest.IngestReport;
import dev.minutes.ingest.Ingester;
import dev.minutes.items.Store;
import dev.minutes.notesrepo.NotesRoot;
import dev.minutes.parse.NotesFiles;
import dev.minutes.parse.NotesParser;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.store.Database;
import dev.minutes.store.JdbcStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files of an ingest, begun ahead of their turn and parsed on another thread, on real notes and
 * a real SQLite store: each file's report, and each failure, comes at its own turn, in the order of
 * the files, as when they were taken one at a time.
 */
class IngestTurnsTest {
  @TempDir Path folder;
  private Store store;
  private Ingester ingester;

  @BeforeEach
  void openStore() {
    store = new JdbcStore(Database.open("jdbc:sqlite:" + folder.resolve("minutes.db"), Map.of()));
    ingester =
        new Ingester(new NotesParser(PeopleDirectory.empty()), store, Clock.systemUTC(), "people");
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void eachFileIsReportedAtItsTurnAndAFileThatFailsFailsOnlyThere() throws IOException {
    Path first = notes("2024-03-04.md", "2024-03-04");
    Path folderNamedLikeNotes = Files.createDirectory(folder.resolve("2024-03-11.md"));
    Path second = notes("2024-03-18.md", "2024-03-18");
    Path missing = folder.resolve("2024-03-25.md");
    Path third = notes("2024-04-01.md", "2024-04-01");

    try (IngestTurns turns = turns(List.of(first, folderNamedLikeNotes, second, missing, third))) {
      assertThat(turns.next().report().outcome().newMeeting()).isTrue();
      IngestTurns.Turn unreadable = turns.next();
      assertThat(unreadable.file).isEqualTo(folderNamedLikeNotes);
      assertThatThrownBy(unreadable::report).isInstanceOf(IOException.class);
      assertThat(turns.next().report().outcome().newMeeting()).isTrue();
      // Begun with the others, before the files ahead of it were stored; fails at its turn.
      assertThat(store.meetings(null)).hasSize(2);
      IngestTurns.Turn gone = turns.next();
      assertThat(gone.file).isEqualTo(missing);
      assertThatThrownBy(gone::report).isInstanceOf(IOException.class);
      assertThat(turns.next().report().outcome().newMeeting()).isTrue();
      assertThat(turns.next()).isNull();
    }
    assertThat(store.meetings(null)).hasSize(3);
  }

  @Test
  void aFileListedTwiceIsStoredOnceThoughBothWereParsedBeforeEither() throws IOException {
    Path file = notes("2024-03-04.md", "2024-03-04");

    try (IngestTurns turns = turns(List.of(file, file))) {
      IngestReport first = turns.next().report();
      IngestReport second = turns.next().report();

      assertThat(first.outcome().added()).hasSize(2);
      assertThat(second.outcome().unchanged()).isTrue();
    }
    assertThat(store.meetings(null)).hasSize(1);
  }

  private IngestTurns turns(List<Path> files) {
    FileStamps stamps = FileStamps.of(store, "context");
    List<NotesFiles.Found> found =
        files.stream().map(file -> new NotesFiles.Found(file, null)).toList();
    return new IngestTurns(ingester, stamps, NotesRoot.of(null), false, null, found);
  }

  /** Real notes of that date, last modified an hour ago (a stamp is trusted only after a while). */
  private Path notes(String name, String date) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, TestNotes.SMALL_MEETING.replace("2024-03-04", date));
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
    return file;
  }
}
