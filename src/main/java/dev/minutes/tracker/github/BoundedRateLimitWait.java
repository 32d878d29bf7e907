package dev.minutes.tracker.github;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import org.kohsuke.github.GitHubAbuseLimitHandler;
import org.kohsuke.github.GitHubRateLimitHandler;
import org.kohsuke.github.connector.GitHubConnectorResponse;

/**
 * Waits out GitHub's primary and secondary rate limits when they reset within the configured bound
 * (github-api then repeats the request), and fails with the reset time when they do not.
 */
final class BoundedRateLimitWait {
  /** GitHub's advice when a secondary limit gives no Retry-After: wait at least a minute. */
  private static final Duration SECONDARY_DEFAULT = Duration.ofMinutes(1);

  private final Duration bound;

  BoundedRateLimitWait(Duration bound) {
    this.bound = bound;
  }

  GitHubRateLimitHandler primary() {
    return new GitHubRateLimitHandler() {
      @Override
      public void onError(GitHubConnectorResponse response) throws IOException {
        waitUntil(resetOf(response, null));
      }
    };
  }

  GitHubAbuseLimitHandler secondary() {
    return new GitHubAbuseLimitHandler() {
      @Override
      public void onError(GitHubConnectorResponse response) throws IOException {
        waitUntil(resetOf(response, SECONDARY_DEFAULT));
      }
    };
  }

  private static Instant resetOf(GitHubConnectorResponse response, Duration fallback) {
    String retryAfter = response.header("Retry-After");
    if (retryAfter != null && retryAfter.strip().matches("\\d+")) {
      return Instant.now().plusSeconds(Long.parseLong(retryAfter.strip()));
    }
    String reset = response.header("X-RateLimit-Reset");
    if (reset != null && reset.strip().matches("\\d+")) {
      return Instant.ofEpochSecond(Long.parseLong(reset.strip()));
    }
    return Instant.now().plus(fallback == null ? Duration.ofMinutes(1) : fallback);
  }

  private void waitUntil(Instant reset) throws IOException {
    Duration wait = Duration.between(Instant.now(), reset);
    if (wait.compareTo(bound) > 0) {
      throw new RateLimitExhausted(reset);
    }
    try {
      Thread.sleep(Math.max(0, wait.toMillis()) + 250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for GitHub's rate limit");
    }
  }
}
