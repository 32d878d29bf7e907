package dev.minutes.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.TestNotes;
import dev.minutes.items.Store;
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
 * Skipping unchanged files unread, on the real maintainers meeting of 2024-03-04 and a real SQLite
 * store: a stamp is trusted only while the file keeps its size and modification time, and never for
 * a file modified within a clock tick of being read.
 */
class FileStampsTest {
  private static final String SOURCE = "notes/2024-03-04-maintainers.md";
  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
  private static final Clock WALL = Clock.fixed(NOW, ZoneOffset.UTC);

  @TempDir Path folder;
  private Store store;
  private Path file;

  @BeforeEach
  void storeTheRealNotes() throws IOException {
    store = new JdbcStore(Database.open("jdbc:sqlite:" + folder.resolve("minutes.db"), Map.of()));
    file = folder.resolve("2024-03-04-maintainers.md");
    Files.writeString(file, realNotes());
    Files.setLastModifiedTime(file, FileTime.from(NOW.minusSeconds(3600)));
    Ingester ingester =
        new Ingester(new NotesParser(PeopleDirectory.empty()), store, WALL, "people-v1");
    assertThat(ingester.ingest(SOURCE, Files.readAllBytes(file), false).outcome()).isNotNull();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void aFileStampedWhenItWasReadIsUnchangedInTheNextRun() throws IOException {
    stamp("people-v1");

    FileStamps nextRun = new FileStamps(store, "people-v1", WALL);

    assertThat(nextRun.unchanged(SOURCE, nextRun.current(file))).isTrue();
  }

  @Test
  void anEditThatKeepsTheFileSizeIsSeenByItsModificationTime() throws IOException {
    stamp("people-v1");
    Files.writeString(file, realNotes().replace("RD: Create", "RD: Crxate"));
    Files.setLastModifiedTime(file, FileTime.from(NOW.minusSeconds(60)));

    FileStamps nextRun = new FileStamps(store, "people-v1", WALL);

    assertThat(Files.size(file)).isEqualTo(realNotes().getBytes(StandardCharsets.UTF_8).length);
    assertThat(nextRun.unchanged(SOURCE, nextRun.current(file))).isFalse();
  }

  @Test
  void anEditedPeopleDirectoryMakesEveryFileReadAgain() throws IOException {
    stamp("people-v1");

    FileStamps nextRun = new FileStamps(store, "people-v2", WALL);

    assertThat(nextRun.unchanged(SOURCE, nextRun.current(file))).isFalse();
  }

  @Test
  void aFileModifiedWithinAClockTickOfBeingReadGetsNoStamp() throws IOException {
    Files.setLastModifiedTime(file, FileTime.from(NOW.minusMillis(500)));
    FileStamps run = new FileStamps(store, "people-v1", WALL);

    Optional<String> stamp = run.current(file);
    run.record(SOURCE, stamp);

    assertThat(stamp).isEmpty();
    assertThat(store.fileStamps()).isEmpty();
    assertThat(new FileStamps(store, "people-v1", WALL).unchanged(SOURCE, stamp)).isFalse();
  }

  private void stamp(String peopleFingerprint) throws IOException {
    FileStamps run = new FileStamps(store, peopleFingerprint, WALL);
    run.record(SOURCE, run.current(file));
    assertThat(store.fileStamps()).containsOnlyKeys(SOURCE);
  }

  private static String realNotes() {
    return TestNotes.text(TestNotes.MAINTAINERS_2024_03_04);
  }
}
