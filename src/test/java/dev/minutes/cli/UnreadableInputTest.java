package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.minutes.TestNotes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What cannot be read is a finding of its own, counted as failed; the other files still go in. */
@Timeout(60)
class UnreadableInputTest {
  @TempDir Path folder;

  @Test
  void aFifoOnTheCommandLineIsRefusedAtOnceAndTheNextFileIsIngested() throws Exception {
    Path fifo = fifo();
    Path good = good(folder.resolve("good.md"));

    Cli ingest =
        Cli.run(
            "ingest", "--store", store(), "--people", "notes/people.yaml", fifo + "", good + "");

    assertThat(ingest.exit()).isEqualTo(ExitCode.USER_ERROR.code());
    assertThat(ingest.err()).contains(fifo + ": cannot read: not a regular file");
    assertThat(ingest.out()).contains("2 files: 1 new meetings", "1 failed");
  }

  @Test
  void lintAndParseRefuseAFifoAsAnErrorOfThatFile() throws Exception {
    Path fifo = fifo();

    Cli lint = Cli.run("lint", fifo.toString());
    Cli parse = Cli.run("parse", fifo.toString());

    assertThat(lint.exit()).isEqualTo(ExitCode.USER_ERROR.code());
    assertThat(lint.out()).contains("not a regular file", "unreadable-file");
    assertThat(parse.exit()).isEqualTo(ExitCode.USER_ERROR.code());
  }

  @Test
  void anUnreadableSubdirectoryIsOneFailedEntryAndTheRestOfTheDirectoryGoesIn() throws Exception {
    Path notes = folder.resolve("notes");
    good(notes.resolve("a/2024-03-04.md"));
    Path locked = Files.createDirectories(notes.resolve("b"));
    good(locked.resolve("hidden.md"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeTrue(!Files.isReadable(locked), "permissions do not bind this user (root)");

      Cli ingest =
          Cli.run("ingest", "--store", store(), "--people", "notes/people.yaml", notes + "");

      assertThat(ingest.err()).contains(locked + ": cannot read:");
      assertThat(ingest.out()).contains("2 files: 1 new meetings", "1 failed");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  private Path fifo() throws IOException, InterruptedException {
    Path fifo = folder.resolve("pipe.md");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
    return fifo;
  }

  private static Path good(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, TestNotes.SMALL_MEETING);
  }

  private String store() {
    return "jdbc:sqlite:" + folder.resolve("minutes.db");
  }
}
