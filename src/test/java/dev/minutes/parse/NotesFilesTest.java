package dev.minutes.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesFilesTest {
  @TempDir Path folder;

  @Test
  void aDirectoryThatCannotBeListedIsKeptAsAnEntryAndTheWalkGoesOn() {
    NotesFiles.Walk walk = new NotesFiles.Walk();
    Path locked = folder.resolve("locked");

    FileVisitResult next = walk.visitFileFailed(locked, new AccessDeniedException(locked + ""));

    assertThat(next).isEqualTo(FileVisitResult.CONTINUE);
    assertThat(walk.found).containsExactly(new NotesFiles.Found(locked, null));
  }

  @Test
  void takesMarkdownFilesOnlySortedAndAnExplicitFileWhateverItsName() throws IOException {
    Files.createDirectories(folder.resolve("d/sub"));
    Files.writeString(folder.resolve("d/sub/b.md"), "x");
    Files.writeString(folder.resolve("d/a.md"), "x");
    Files.writeString(folder.resolve("d/readme.txt"), "x");
    Files.writeString(folder.resolve("notes.txt"), "x");

    assertThat(NotesFiles.collect(List.of(folder.resolve("d"), folder.resolve("notes.txt"))))
        .containsExactly(
            folder.resolve("d/a.md"), folder.resolve("d/sub/b.md"), folder.resolve("notes.txt"));
  }

  @Test
  void aLinkToNotesIsTakenAndALinkToAFolderIsNot() throws IOException {
    Files.createDirectories(folder.resolve("d"));
    Path real = Files.writeString(folder.resolve("real.md"), "x");
    Files.createSymbolicLink(folder.resolve("d/latest.md"), real);
    Files.createSymbolicLink(folder.resolve("d/folder.md"), folder);
    Files.writeString(folder.resolve("d/a.md"), "x");

    List<NotesFiles.Found> found = NotesFiles.find(List.of(folder.resolve("d")));

    assertThat(found)
        .extracting(NotesFiles.Found::path)
        .containsExactly(folder.resolve("d/a.md"), folder.resolve("d/latest.md"));
    // Each with the walk's own look at it: the link as a link.
    assertThat(found.get(0).attributes().isRegularFile()).isTrue();
    assertThat(found.get(1).attributes().isSymbolicLink()).isTrue();
  }
}
