package dev.minutes.parse;

import dev.minutes.notes.MinutesException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Which files a list of command-line paths means: a file as given, a directory's *.md files. */
public final class NotesFiles {
  private NotesFiles() {}

  /**
   * The notes files under the given paths: a file given explicitly is always taken; a directory
   * contributes every {@code *.md} under it, recursively, sorted by path.
   *
   * @throws MinutesException when a path does not exist or a directory cannot be listed
   */
  public static List<Path> collect(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().endsWith(".md"))
              .sorted()
              .forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
          throw new MinutesException(
              path.toString(), "cannot list the directory: " + e.getMessage(), null, e);
        }
      } else if (Files.exists(path)) {
        files.add(path);
      } else {
        throw new MinutesException(path.toString(), "no such file or directory", "check the path");
      }
    }
    return files;
  }
}
