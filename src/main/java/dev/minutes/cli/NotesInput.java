package dev.minutes.cli;

import dev.minutes.notes.Meeting;
import dev.minutes.parse.NotesParser;
import dev.minutes.people.PeopleDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading what the parse and lint commands need from disk: notes files and the people file. */
final class NotesInput {
  static final Path DEFAULT_PEOPLE = Path.of("notes", "people.yaml");

  private NotesInput() {}

  /** The given people file, else notes/people.yaml when present, else an empty directory. */
  static PeopleDirectory people(Path given) {
    if (given != null) {
      return PeopleDirectory.load(given);
    }
    return Files.isRegularFile(DEFAULT_PEOPLE)
        ? PeopleDirectory.load(DEFAULT_PEOPLE)
        : PeopleDirectory.empty();
  }

  /**
   * Parses one file. Reads at most one byte more than the parser's limit, so a huge file costs
   * nothing; a file that cannot be read becomes a meeting with an error, never stopping the rest.
   */
  static Meeting parse(NotesParser parser, Path file) {
    byte[] content;
    try {
      content = read(file);
    } catch (IOException e) {
      return parser.unreadable(file.toString(), e.getMessage());
    }
    return parser.parse(file.toString(), content);
  }

  /**
   * A notes file's bytes, at most one more than the parser accepts (it reports the excess). Only a
   * regular file is opened: a FIFO or a device would block or never end.
   *
   * @throws IOException with a message that says what is wrong, for a one-line finding
   */
  static byte[] read(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException("a directory that cannot be listed (check its permissions)");
    }
    if (!Files.isRegularFile(file)) {
      throw new IOException("not a regular file (a FIFO, device or socket is never read)");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(NotesParser.MAX_FILE_BYTES + 1);
    } catch (AccessDeniedException e) {
      throw new IOException("permission denied", e);
    } catch (NoSuchFileException e) {
      throw new IOException("no such file (removed while reading?)", e);
    }
  }
}
