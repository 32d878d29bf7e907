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
  void aFileThatIsALinkIsKnownByTheFileItLinksTo() throws Exception {
    Path link = Files.createSymbolicLink(repository.resolve("notes/latest.md"), note);
    NotesRoot root = NotesRoot.of(null);

    assertThat(root.identify(repository.resolve("notes/2024/2024-03-04.md")))
        .isEqualTo("notes/2024/2024-03-04.md");
    assertThat(root.identify(link)).isEqualTo("notes/2024/2024-03-04.md");
  }

  @Test
  void eachFileBelongsToTheNearestRepositoryAboveItWhateverWasAskedBefore() throws Exception {
    Path inner = repository.resolve("notes/vendored");
    Files.createDirectories(inner.resolve("sub"));
    Git.init().setDirectory(inner.toFile()).call().close();
    Path innerNote = Files.writeString(inner.resolve("sub/2024-04-01.md"), "# z\n");
    Path sibling = Files.writeString(repository.resolve("notes/2024/2024-03-11.md"), "# w\n");
    NotesRoot root = NotesRoot.of(null);

    assertThat(root.identify(note)).isEqualTo("notes/2024/2024-03-04.md");
    assertThat(root.identify(innerNote)).isEqualTo("sub/2024-04-01.md");
    assertThat(root.identify(sibling)).isEqualTo("notes/2024/2024-03-11.md");
    assertThat(root.rootOf(repository.resolve("notes").toRealPath()))
        .contains(repository.toRealPath());
  }

  @Test
  void aMissingFileIsAUserErrorNamingIt() {
    Path missing = repository.resolve("notes/2024/2024-13-01.md");

    assertThatThrownBy(() -> NotesRoot.of(null).identify(missing))
        .isInstanceOf(MinutesException.class)
        .hasMessageContaining("cannot read")
        .extracting(e -> ((MinutesException) e).where())
        .isEqualTo(missing.toString());
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
