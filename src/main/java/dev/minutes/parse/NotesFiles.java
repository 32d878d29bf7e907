package dev.minutes.parse;

import dev.minutes.notes.MinutesException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Which files a list of command-line paths means: a file as given, a directory's *.md files. */
public final class NotesFiles {
  private NotesFiles() {}

  /**
   * The notes files under the given paths: a path given explicitly is always taken (whatever its
   * type: the reader refuses what is not a regular file, as a finding of that file); a directory
   * contributes every {@code *.md} under it, recursively, sorted by path. A subdirectory that
   * cannot be listed is taken as an entry of its own, so that it too becomes a finding of its own
   * while the rest of the directory is still read.
   *
   * @throws MinutesException when a path does not exist
   */
  public static List<Path> collect(List<Path> paths) {
    return find(paths).stream().map(Found::path).toList();
  }

  /**
   * A notes file found, with what the walk of its directory learnt of it (without following a
   * link); null for a file given explicitly or one that could not be visited.
   */
  public record Found(Path path, BasicFileAttributes attributes) {}

  /** {@link #collect}, each file with its attributes: an ingest then asks for them no more. */
  public static List<Found> find(List<Path> paths) {
    List<Found> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        Walk walk = new Walk();
        try {
          Files.walkFileTree(path, walk);
        } catch (IOException e) {
          throw new MinutesException(
              path.toString(), "cannot list the directory: " + e.getMessage(), null, e);
        }
        walk.found.sort(Comparator.comparing(Found::path));
        files.addAll(walk.found);
      } else if (Files.exists(path)) {
        files.add(new Found(path, null));
      } else {
        throw new MinutesException(path.toString(), "no such file or directory", "check the path");
      }
    }
    return files;
  }

  /** Collects *.md files; a directory or file that cannot be visited is kept as an entry. */
  static final class Walk extends SimpleFileVisitor<Path> {
    final List<Found> found = new ArrayList<>();

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
      // The walk's attributes are the entry's own: only a link needs another look at its target.
      if (file.getFileName().toString().endsWith(".md")
          && (attributes.isRegularFile()
              || attributes.isSymbolicLink() && Files.isRegularFile(file))) {
        found.add(new Found(file, attributes));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      found.add(new Found(file, null));
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
      if (e != null) {
        found.add(new Found(dir, null)); // listing stopped half-way
      }
      return FileVisitResult.CONTINUE;
    }
  }
}
