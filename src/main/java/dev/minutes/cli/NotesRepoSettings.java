package dev.minutes.cli;

import dev.minutes.config.Config;
import dev.minutes.notes.MinutesException;
import dev.minutes.notesrepo.RepositoryFollower;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The {@code notes.repo}, {@code notes.branch} and {@code notes.poll} keys: the repository that
 * {@code minutes watch} and the bot follow, cloned into {@code notes.root} (default {@code
 * data/notes} next to the configuration file).
 */
record NotesRepoSettings(String url, String branch, Duration poll, Path folder) {
  static final String DEFAULT_FOLDER = "data/notes";

  /** The settings, or empty when {@code notes.repo} is not set. */
  static Optional<NotesRepoSettings> from(Config config) {
    Optional<String> url = config.optional("notes.repo");
    if (url.isEmpty()) {
      return Optional.empty();
    }
    Duration poll = config.duration("notes.poll", Duration.ofMinutes(5));
    if (poll.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new MinutesException(
          config.file() + ": notes.poll", "must be at least 1s, is " + poll, "e.g. 5m");
    }
    Path root = NotesRootSetting.configured(config);
    Path folder =
        root != null
            ? root
            : Optional.ofNullable(config.file().toAbsolutePath().getParent())
                .map(p -> p.resolve(DEFAULT_FOLDER))
                .orElse(Path.of(DEFAULT_FOLDER));
    return Optional.of(
        new NotesRepoSettings(url.get(), config.string("notes.branch", "main"), poll, folder));
  }

  static NotesRepoSettings required(Config config) {
    return from(config)
        .orElseThrow(
            () ->
                new MinutesException(
                    config.file() + ": notes.repo",
                    "is not set",
                    "set notes.repo to the git URL of your notes repository (and notes.branch)"));
  }

  RepositoryFollower follower() {
    return new RepositoryFollower(url, branch, folder);
  }
}
