package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `minutes ingest` skips a file it stamped unread, and still sees every edit: one that changes the
 * size, and one that keeps it but moves the modification time (the real maintainers meeting of
 * 2024-03-04, a real SQLite store).
 */
class UnchangedFilesTest {
  private static final String ITEM = "RD: Create a GitHub project 0.16.3.";

  @TempDir Path folder;
  private Path note;
  private String original;

  @BeforeEach
  void aNoteLastModifiedAnHourAgo() throws Exception {
    note = folder.resolve("2024-03-04-maintainers.md");
    original = Files.readString(Path.of(MeetingIdentityTest.NOTE));
    assertThat(original).contains(ITEM);
    write(original, Instant.now().minusSeconds(3600));
    Files.writeString(folder.resolve("bot-config.properties"), "github.mode=off\n");
  }

  @Test
  void aStampedFileIsSkippedUntilAnEditKeepingItsSizeMovesItsModificationTime() throws Exception {
    assertThat(ingest().out()).contains("1 new meetings");
    assertThat(ingest().out()).contains("1 unchanged files skipped");

    write(
        original.replace(ITEM, "RD: Create a GitHub project 0.16.4."),
        Instant.now().minusSeconds(600));

    assertThat(Files.size(note)).isEqualTo(original.getBytes(StandardCharsets.UTF_8).length);
    Cli edited = ingest();
    assertThat(edited.out()).contains("1 changed").contains("0 unchanged files skipped");
    assertThat(Cli.run("--config", config(), "todos", "--store", store()).out())
        .contains("project 0.16.4")
        .doesNotContain("project 0.16.3");
  }

  @Test
  void anEditThatChangesTheSizeIsReadAgain() throws Exception {
    ingest();
    ingest();

    write(original.replace(ITEM, ITEM + " Today."), Instant.now().minusSeconds(600));

    assertThat(ingest().out()).contains("1 changed");
  }

  @Test
  void aRefusedFileIsReportedAgainWithTheSameFindingsWithoutBeingRead() throws Exception {
    write(
        original.replaceFirst("---\n", "---\ndate: [unclosed\n"), Instant.now().minusSeconds(3600));
    Cli first = Cli.run("--config", config(), "ingest", "--store", store(), note.toString());
    assertThat(first.exit()).isEqualTo(1);

    Cli again = Cli.run("--config", config(), "ingest", "--store", store(), note.toString());

    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.out()).isEqualTo(first.out());
    assertThat(again.err()).isEqualTo(first.err());
  }

  private void write(String text, Instant modified) throws Exception {
    Files.writeString(note, text);
    Files.setLastModifiedTime(note, FileTime.from(modified));
  }

  private Cli ingest() {
    Cli ingest = Cli.run("--config", config(), "ingest", "--store", store(), note.toString());
    assertThat(ingest.exit()).as(ingest.err()).isZero();
    return ingest;
  }

  private String config() {
    return folder.resolve("bot-config.properties").toString();
  }

  private String store() {
    return "jdbc:sqlite:" + folder.resolve("minutes.db");
  }
}
