package dev.minutes.notesrepo;

import dev.minutes.notes.MinutesException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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
  private final Map<Path, Path> realFolders = new HashMap<>();

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
    try {
      return identify(
          file, Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /**
   * {@link #identify(Path)} of a file whose own attributes (a link's, not its target's) were read
   * before, as a walk of its folder reads them.
   */
  public String identify(Path file, BasicFileAttributes own) {
    Path real;
    try {
      real = realPath(file, own.isSymbolicLink());
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    Optional<Path> root = rootOf(real.getParent());
    if (root.isPresent() && real.startsWith(root.get())) {
      return slashes(root.get().relativize(real));
    }
    return real.toString();
  }

  private static MinutesException unreadable(Path file, IOException e) {
    return new MinutesException(file.toString(), "cannot read: " + e.getMessage(), null, e);
  }

  /**
   * The file's real path: its folder's real path, resolved once per folder, and its name, unless
   * the file itself is a link. Resolving every file's whole path cost a system call per folder
   * above it, for each of an archive's tens of thousands of files.
   */
  private Path realPath(Path file, boolean link) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Path name = file.getFileName();
    if (folder == null || link || name.toString().equals("..") || name.toString().equals(".")) {
      return file.toRealPath();
    }
    Path realFolder = realFolders.get(folder);
    if (realFolder == null) {
      realFolder = folder.toRealPath();
      realFolders.put(folder, realFolder);
    }
    return realFolder.resolve(name);
  }

  /** The root that holds files in {@code folder}, if any. */
  public Optional<Path> rootOf(Path folder) {
    if (configured != null) {
      return Optional.of(configured);
    }
    Optional<Path> known = workTrees.get(folder);
    if (known != null) {
      return known;
    }
    // Each folder is looked at once, as JGit's findGitDir would look at it on its way up: an
    // archive's thousands of folders no longer each climb the same folders above them.
    Optional<Path> found;
    Path parent = folder.getParent();
    if (hasGitDir(folder)) {
      found = enclosingWorkTree(folder);
    } else {
      found = parent == null ? Optional.empty() : rootOf(parent);
    }
    workTrees.put(folder, found);
    return found;
  }

  /** True when JGit finds a repository in {@code folder} itself, not in a folder above it. */
  private static boolean hasGitDir(Path folder) {
    FileRepositoryBuilder builder = new FileRepositoryBuilder();
    if (folder.getParent() != null) {
      builder.addCeilingDirectory(folder.getParent().toFile());
    }
    return builder.findGitDir(folder.toFile()).getGitDir() != null;
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
