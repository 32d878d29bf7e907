package dev.minutes.tracker;

import dev.minutes.items.IssueLink;
import dev.minutes.notes.MinutesException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the issue workflows need to know of the tracker, read from the {@code github.*} keys by the
 * GitHub adapter ({@link dev.minutes.tracker.github.GitHubSettings}).
 *
 * @param repo where new issues go ({@code owner/name}); null when not configured
 * @param token from {@code GITHUB_TOKEN} or {@code github.token-file}; empty means dry run
 * @param notesBaseUrl prefix that turns a notes path into a link; null for no link
 * @param doneWhen an item with several linked issues and pull requests is done when all (or any) of
 *     them are closed or merged
 * @param closeOnRemoved an item deleted from the notes closes the issue Minutes opened for it
 * @param writePause the least time between two writes to GitHub
 */
public record TrackerSettings(
    Mode mode,
    String repo,
    String apiUrl,
    List<String> labels,
    String notesBaseUrl,
    boolean linkExisting,
    boolean closeOnDone,
    IssueLink.DoneWhen doneWhen,
    boolean closeOnRemoved,
    Duration rateLimitWait,
    Duration writePause,
    Optional<String> token) {

  public static final String DEFAULT_API_URL = "https://api.github.com";

  /** When issues are opened: by ingest ({@code auto}), by {@code minutes issues open}, or never. */
  public enum Mode {
    AUTO,
    MANUAL,
    OFF
  }

  public TrackerSettings {
    labels = List.copyOf(labels);
  }

  /**
   * The {@code github.repo} of the shipped sample configuration: a placeholder, never contacted, so
   * that a copied sample opens no issue anywhere until its user names their own repository.
   */
  public static final String SAMPLE_REPO = "your-org/your-meeting-notes";

  /** These settings with {@code token} (read apart from the other keys, when it is needed). */
  public TrackerSettings withToken(Optional<String> token) {
    return new TrackerSettings(
        mode,
        repo,
        apiUrl,
        labels,
        notesBaseUrl,
        linkExisting,
        closeOnDone,
        doneWhen,
        closeOnRemoved,
        rateLimitWait,
        writePause,
        token);
  }

  /** Whether {@code github.repo} names a repository of the user's: set and not the sample's. */
  public boolean hasOwnRepo() {
    return repo != null && !repo.equals(SAMPLE_REPO);
  }

  /** The repository, or a clear error naming the key to set. */
  public String requireRepo() {
    if (!hasOwnRepo() || !repo.matches("[\\w.-]+/[\\w.-]+")) {
      throw new MinutesException(
          "github.repo",
          repo == null
              ? "is not set"
              : repo.equals(SAMPLE_REPO)
                  ? "is still the sample's '" + SAMPLE_REPO + "'"
                  : "'" + repo + "' is not owner/name",
          "set github.repo=OWNER/NAME to your repository in bot-config.properties"
              + " (or MINUTES_GITHUB_REPO)");
    }
    return repo;
  }
}
