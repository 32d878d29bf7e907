package dev.minutes.notesrepo;

import dev.minutes.notes.MinutesException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Gives a notes file its identity: the file's real path (symbolic links resolved) relative to the
 * notes root, with {@code /} separators. The root is {@code notes.root} when configured, else the
 * git work tree that holds the file (found with JGit). A file outside every root is known by its
 * real absolute path, which never becomes a link.
 */
public final class NotesRoot {
  private final Path configured;
  private final Map<Path, Optional<Path>> workTrees = new HashMap<>();

  private NotesRoot(Path configured) {
    this.configured = configured;
  }

  /**
   * @param configured {@code notes.root}, or null to use the enclosing git work tree of each file
   * @throws MinutesException when the configured root does not exist
   */
  public static NotesRoot of(Path configured) {
    if (configured == null) {
      return new NotesRoot(null);
    }
    try {
      return new NotesRoot(configured.toRealPath());
    } catch (IOException e) {
      throw new MinutesException(
          "notes.root",
          "no such folder: " + configured,
          "set notes.root to the folder that holds your notes repository, or remove it");
    }
  }

  /**
   * The meeting identity of {@code file}.
   *
   * @throws MinutesException when the file does not exist or cannot be resolved
   */
  public String identify(Path file) {
    Path real;
    try {
      real = file.toRealPath();
    } catch (IOException e) {
      throw new MinutesException(file.toString(), "cannot read: " + e.getMessage(), null, e);
    }
    Optional<Path> root = rootOf(real.getParent());
    if (root.isPresent() && real.startsWith(root.get())) {
      return slashes(root.get().relativize(real));
    }
    return real.toString();
  }

  /** The root that holds files in {@code folder}, if any. */
  public Optional<Path> rootOf(Path folder) {
    if (configured != null) {
      return Optional.of(configured);
    }
    return workTrees.computeIfAbsent(folder, NotesRoot::enclosingWorkTree);
  }

  private static Optional<Path> enclosingWorkTree(Path folder) {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(folder.toFile());
    File gitDir = builder.getGitDir();
    if (gitDir == null) {
      return Optional.empty();
    }
    try {
      builder.setup();
      File workTree = builder.getWorkTree();
      return workTree == null ? Optional.empty() : Optional.of(workTree.toPath().toRealPath());
    } catch (IOException | IllegalArgumentException e) {
      // A bare repository or a broken .git: no work tree, so the file is outside every root.
      return Optional.empty();
    }
  }

  static String slashes(Path relative) {
    StringBuilder text = new StringBuilder();
    for (Path part : relative) {
      if (text.length() > 0) {
        text.append('/');
      }
      text.append(part);
    }
    return text.toString();
  }
}
