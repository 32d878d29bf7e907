package dev.minutes.cli;

import dev.minutes.config.Config;
import dev.minutes.config.ConfigException;
import dev.minutes.notesrepo.NotesRoot;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The {@code notes.*} keys.
 *
 * @param root {@code notes.root}, relative to the configuration file's folder; null when unset
 *     (each file's git work tree is its root then)
 * @param baseUrl {@code notes.base-url}: the prefix that turns a notes path into a link
 * @param since {@code notes.since}: meetings before it go in as history
 * @param repository {@code notes.repo}, {@code notes.branch}, {@code notes.poll}: the repository
 *     {@code minutes watch} and the bot follow
 * @param repositoryKey where {@code notes.repo} is set, for the error when it is needed and unset
 */
record NotesSettings(
    Path root,
    Optional<String> baseUrl,
    Optional<LocalDate> since,
    Optional<NotesRepoSettings> repository,
    String repositoryKey) {
  static final String DEFAULT_FOLDER = "data/notes";

  static NotesSettings read(Config config) {
    Path root = config.optional("notes.root").map(config::resolve).orElse(null);
    Optional<LocalDate> since =
        config.optional("notes.since").isEmpty()
            ? Optional.empty()
            : Optional.of(
                config.parsed(
                    "notes.since", null, NotesSettings::date, "a date such as 2024-09-01"));
    return new NotesSettings(
        root, config.notesBaseUrl(), since, repository(config, root), config.where("notes.repo"));
  }

  NotesRoot notesRoot() {
    return NotesRoot.of(root);
  }

  /** The followed repository; an error naming {@code notes.repo} when it is not set. */
  NotesRepoSettings requireRepository() {
    return repository.orElseThrow(
        () ->
            new ConfigException(
                repositoryKey,
                "is not set",
                "set notes.repo to the git URL of your notes repository (and notes.branch)"));
  }

  private static Optional<NotesRepoSettings> repository(Config config, Path root) {
    Optional<String> url = config.optional("notes.repo");
    Duration poll = config.duration("notes.poll");
    if (poll.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new ConfigException(
          config.where("notes.poll"), "must be at least 1s, is " + poll, "e.g. 5m");
    }
    if (url.isEmpty()) {
      return Optional.empty();
    }
    Path folder = root != null ? root : config.resolve(DEFAULT_FOLDER);
    return Optional.of(
        new NotesRepoSettings(url.get(), config.string("notes.branch"), poll, folder));
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
