package dev.minutes.cli;

import dev.minutes.notesrepo.NotesRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the configuration is, found as other tools find theirs: {@code --config FILE}, else {@code
 * MINUTES_CONFIG}, else {@code ./bot-config.properties}, else {@code bot-config.properties} at the
 * root of the notes repository holding the current folder, else {@code
 * $XDG_CONFIG_HOME/minutes/bot-config.properties} ({@code ~/.config} when unset). None found: the
 * defaults apply, relative to the current folder.
 *
 * @param file the file to read
 * @param required true when the user named it (a missing file is then an error)
 * @param found true when the file exists
 * @param searched every place looked at, for the message when none was found
 */
record ConfigLocation(Path file, boolean required, boolean found, List<Path> searched) {
  static final String FILE_NAME = "bot-config.properties";

  static ConfigLocation find(Path explicit, Map<String, String> environment, Path workingFolder) {
    if (explicit != null) {
      return named(explicit);
    }
    String fromEnvironment = environment.get("MINUTES_CONFIG");
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return named(Path.of(fromEnvironment));
    }
    // Looked at in order, each only when the one before is missing: finding the notes
    // repository opens git's metadata, which a command started next to its configuration skips.
    List<Supplier<Optional<Path>>> places =
        List.of(
            () -> Optional.of(workingFolder.resolve(FILE_NAME)),
            () -> notesRoot(workingFolder).map(root -> root.resolve(FILE_NAME)),
            () -> Optional.of(xdgConfigHome(environment).resolve("minutes").resolve(FILE_NAME)));
    List<Path> searched = new ArrayList<>();
    for (Supplier<Optional<Path>> place : places) {
      Optional<Path> candidate = place.get();
      if (candidate.isEmpty()) {
        continue;
      }
      searched.add(candidate.get());
      if (Files.isRegularFile(candidate.get())) {
        return new ConfigLocation(candidate.get(), false, true, searched);
      }
    }
    return new ConfigLocation(searched.get(0), false, false, searched);
  }

  /** The folder relative paths in the configuration resolve against. */
  Path folder() {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? Path.of("").toAbsolutePath() : parent;
  }

  /** One line for "no store" messages: which configuration was used, or where none was found. */
  String describe() {
    if (found) {
      return "configuration: " + file;
    }
    return "no configuration found (looked for "
        + String.join(", ", searched.stream().map(Path::toString).toList())
        + "); pass --config FILE or set MINUTES_CONFIG";
  }

  private static ConfigLocation named(Path file) {
    return new ConfigLocation(file, true, Files.isRegularFile(file), List.of(file));
  }

  private static Optional<Path> notesRoot(Path folder) {
    return NotesRoot.of(null).rootOf(folder.toAbsolutePath());
  }

  private static Path xdgConfigHome(Map<String, String> environment) {
    String xdg = environment.get("XDG_CONFIG_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg);
    }
    return Path.of(environment.getOrDefault("HOME", System.getProperty("user.home")), ".config");
  }
}
