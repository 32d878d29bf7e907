package dev.minutes.cli;

import dev.minutes.config.Config;
import dev.minutes.notesrepo.NotesRoot;
import java.nio.file.Path;
import java.util.Optional;

/** The {@code notes.root} key: a folder, relative to the configuration file's folder. */
final class NotesRootSetting {
  static final String KEY = "notes.root";

  private NotesRootSetting() {}

  /** The configured root, or null when unset (each file's git work tree is its root then). */
  static Path configured(Config config) {
    Optional<String> value = config.optional(KEY);
    if (value.isEmpty()) {
      return null;
    }
    Path folder = config.file().toAbsolutePath().getParent();
    Path given = Path.of(value.get());
    return folder == null || given.isAbsolute() ? given : folder.resolve(given);
  }

  static NotesRoot root(Config config) {
    return NotesRoot.of(configured(config));
  }
}
