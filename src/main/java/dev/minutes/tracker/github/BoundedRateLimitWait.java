package dev.minutes.tracker.github;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
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
  private final Clock clock;
  private final Pause pause;

  /** Waits on the thread; tests pass one that records instead. */
  @FunctionalInterface
  interface Pause {
    void sleep(Duration duration) throws InterruptedException;
  }

  BoundedRateLimitWait(Duration bound) {
    this(bound, Clock.systemUTC(), duration -> Thread.sleep(duration.toMillis()));
  }

  BoundedRateLimitWait(Duration bound, Clock clock, Pause pause) {
    this.bound = bound;
    this.clock = clock;
    this.pause = pause;
  }

  GitHubRateLimitHandler primary() {
    return new GitHubRateLimitHandler() {
      @Override
      public void onError(GitHubConnectorResponse response) throws IOException {
        waitUntil(
            resetOf(response.header("Retry-After"), response.header("X-RateLimit-Reset"), null));
      }
    };
  }

  GitHubAbuseLimitHandler secondary() {
    return new GitHubAbuseLimitHandler() {
      @Override
      public void onError(GitHubConnectorResponse response) throws IOException {
        waitUntil(
            resetOf(
                response.header("Retry-After"),
                response.header("X-RateLimit-Reset"),
                SECONDARY_DEFAULT));
      }
    };
  }

  /** When the limit resets: Retry-After seconds, else the X-RateLimit-Reset epoch second. */
  Instant resetOf(String retryAfter, String reset, Duration fallback) {
    if (retryAfter != null && retryAfter.strip().matches("\\d+")) {
      return clock.instant().plusSeconds(Long.parseLong(retryAfter.strip()));
    }
    if (reset != null && reset.strip().matches("\\d+")) {
      return Instant.ofEpochSecond(Long.parseLong(reset.strip()));
    }
    return clock.instant().plus(fallback == null ? Duration.ofMinutes(1) : fallback);
  }

  void waitUntil(Instant reset) throws IOException {
    Duration wait = Duration.between(clock.instant(), reset);
    if (wait.compareTo(bound) > 0) {
      throw new RateLimitExhausted(reset);
    }
    try {
      pause.sleep(Duration.ofMillis(Math.max(0, wait.toMillis()) + 250));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for GitHub's rate limit");
    }
  }
}
