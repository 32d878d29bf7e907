package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A meeting is its file's path in the notes repository, however the path is typed. */
class MeetingIdentityTest {
  static final String NOTE = "notes/2024-03-04-maintainers.md";
  static final String BASE = "https://github.com/unikraft/meetings/blob/main/";

  @TempDir Path folder;
  Path repository;
  Path note;
  String store;
  String config;

  @BeforeEach
  void aNotesRepositoryWithTheRealNote() throws Exception {
    repository = folder.resolve("meetings");
    Files.createDirectories(repository.resolve("notes"));
    Git.init().setDirectory(repository.toFile()).call().close();
    note = Files.copy(Path.of(NOTE), repository.resolve(NOTE));
    store = "jdbc:sqlite:" + folder.resolve("minutes.db");
    config = folder.resolve("bot-config.properties").toString();
    Files.writeString(
        Path.of(config), "github.mode=off\nnotes.since=2000-01-01\nnotes.base-url=" + BASE + "\n");
  }

  Cli minutes(String... args) {
    String[] all = new String[args.length + 4];
    all[0] = "--config";
    all[1] = config;
    System.arraycopy(args, 0, all, 2, args.length);
    all[args.length + 2] = "--store";
    all[args.length + 3] = store;
    return Cli.run(all);
  }

  @Test
  void theSameFileByRelativeAbsoluteAndSymlinkedPathIsOneMeeting() throws Exception {
    Path shortcut = Files.createSymbolicLink(folder.resolve("shortcut"), repository);
    Path relative = Path.of("").toAbsolutePath().relativize(note);

    Cli first = minutes("ingest", relative.toString());
    Cli absolute = minutes("ingest", note.toAbsolutePath().toString());
    Cli linked = minutes("ingest", shortcut.resolve(NOTE).toString());
    Cli meetings = minutes("meetings");

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).contains(relative + ": new meeting").contains("2 new items");
    assertThat(absolute.out()).contains("0 new meetings, 0 new items").contains("1 unchanged");
    assertThat(linked.out()).contains("0 new meetings, 0 new items").contains("1 unchanged");
    assertThat(meetings.out().lines().filter(l -> l.contains(NOTE))).hasSize(1);
  }

  @Test
  void theAnnouncementLinksTheBaseUrlPlusThePathInTheRepository() {
    Cli ingest = minutes("ingest", note.toAbsolutePath().toString());

    assertThat(ingest.out().lines().filter(l -> l.contains(BASE)))
        .containsExactly("Notes: <" + BASE + NOTE + ">");
  }

  @Test
  void aFileOutsideTheNotesRepositoryGetsNoLink() throws Exception {
    Path loose = Files.copy(Path.of(NOTE), folder.resolve("loose.md"));

    Cli ingest = minutes("ingest", loose.toString());

    assertThat(ingest.exit()).as(ingest.err()).isZero();
    assertThat(ingest.out()).doesNotContain("Notes: <").doesNotContain(BASE);
  }

  @Test
  void aStoreKeyedByTypedPathsIsReKeyedByTheNextIngestWithoutDuplicates() throws Exception {
    assertThat(minutes("ingest", note.toString()).exit()).isZero();
    // What the migration leaves of a store from before: the path as typed, marked unkeyed.
    try (Connection connection = DriverManager.getConnection(store);
        Statement sql = connection.createStatement()) {
      sql.executeUpdate("UPDATE meetings SET source = '" + note.toAbsolutePath() + "'");
      sql.executeUpdate("INSERT INTO unkeyed_meetings (meeting_id) SELECT id FROM meetings");
    }

    Cli again = minutes("ingest", Path.of("").toAbsolutePath().relativize(note).toString());
    Cli meetings = minutes("meetings");

    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out())
        .contains("store: 1 meeting now known by their path in the notes repository")
        .contains("0 new meetings, 0 new items");
    assertThat(meetings.out()).contains(NOTE).doesNotContain(folder.toString());
  }
}
