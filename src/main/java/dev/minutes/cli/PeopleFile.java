package dev.minutes.cli;

import dev.minutes.notes.MinutesException;
import dev.minutes.people.PeopleDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The people directory's file: {@code --people FILE}, else {@code people.file}, else {@code
 * notes/people.yaml} in the working folder when it exists (null here).
 */
record PeopleFile(Path file) {

  PeopleDirectory load() {
    return NotesInput.people(file);
  }

  /** A hash of the directory file, so that editing it makes ingest resolve owners again. */
  String fingerprint() {
    Path chosen = file != null ? file : NotesInput.DEFAULT_PEOPLE;
    if (!Files.isRegularFile(chosen)) {
      return "";
    }
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(chosen)));
    } catch (IOException e) {
      throw new MinutesException(
          chosen.toString(), "cannot read the people directory", "check the file's permissions");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
