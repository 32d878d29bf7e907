package dev.minutes.cli;

import dev.minutes.config.Config;
import dev.minutes.tracker.TrackerSettings;
import dev.minutes.tracker.github.GitHubSettings;

/**
 * The {@code github.*} keys.
 *
 * @param tracker every key the issue workflows read, without the token
 * @param maxPerRun {@code github.max-per-run}: a run that would open more issues asks for --yes
 * @param repoKey where {@code github.repo} is set, for the error when auto mode has none
 */
record GitHubConfig(TrackerSettings tracker, int maxPerRun, String repoKey) {
  static GitHubConfig read(Config config) {
    return new GitHubConfig(
        GitHubSettings.values(config),
        config.integer("github.max-per-run"),
        config.where("github.repo"));
  }
}
