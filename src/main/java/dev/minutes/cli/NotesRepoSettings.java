package dev.minutes.cli;

import dev.minutes.notesrepo.RepositoryFollower;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The {@code notes.repo}, {@code notes.branch} and {@code notes.poll} keys (read with the other
 * {@link NotesSettings}): the repository that {@code minutes watch} and the bot follow, cloned into
 * {@code notes.root} (default {@code data/notes} next to the configuration file).
 */
record NotesRepoSettings(String url, String branch, Duration poll, Path folder) {
  RepositoryFollower follower() {
    return new RepositoryFollower(url, branch, folder);
  }
}
