package dev.minutes.notesrepo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minutes.notes.MinutesException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesRootTest {
  @TempDir Path folder;
  Path repository;
  Path note;

  @BeforeEach
  void aNotesRepositoryWithOneNote() throws Exception {
    repository = folder.resolve("meetings");
    Files.createDirectories(repository.resolve("notes/2024"));
    try (Git git = Git.init().setDirectory(repository.toFile()).call()) {
      note = Files.writeString(repository.resolve("notes/2024/2024-03-04.md"), "# x\n");
    }
  }

  @Test
  void theSameFileByRelativeAbsoluteAndSymlinkedPathIsOneIdentity() throws Exception {
    Path linkedFolder = Files.createSymbolicLink(folder.resolve("shortcut"), repository);
    Path relative = Path.of("").toAbsolutePath().relativize(note);
    NotesRoot root = NotesRoot.of(null);

    assertThat(root.identify(relative)).isEqualTo("notes/2024/2024-03-04.md");
    assertThat(root.identify(note.toAbsolutePath())).isEqualTo("notes/2024/2024-03-04.md");
    assertThat(root.identify(linkedFolder.resolve("notes/2024/2024-03-04.md")))
        .isEqualTo("notes/2024/2024-03-04.md");
    assertThat(root.identify(repository.resolve("notes/2024/../2024/2024-03-04.md")))
        .isEqualTo("notes/2024/2024-03-04.md");
  }

  @Test
  void aConfiguredRootWinsOverTheGitWorkTree() {
    NotesRoot root = NotesRoot.of(repository.resolve("notes"));

    assertThat(root.identify(note)).isEqualTo("2024/2024-03-04.md");
  }

  @Test
  void aFileOutsideEveryRootIsKnownByItsRealAbsolutePath() throws Exception {
    Path loose = Files.writeString(folder.resolve("loose.md"), "# y\n");

    assertThat(NotesRoot.of(null).identify(loose)).isEqualTo(loose.toRealPath().toString());
    assertThat(NotesRoot.of(repository).identify(loose)).isEqualTo(loose.toRealPath().toString());
  }

  @Test
  void aMissingConfiguredRootIsAUserErrorNamingTheKey() {
    assertThatThrownBy(() -> NotesRoot.of(folder.resolve("nowhere")))
        .isInstanceOf(MinutesException.class)
        .hasMessageContaining("no such folder")
        .extracting(e -> ((MinutesException) e).where())
        .isEqualTo("notes.root");
  }
}
