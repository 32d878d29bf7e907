package dev.minutes.tracker.github;

import java.io.IOException;
import java.time.Instant;

/** GitHub's rate limit would take longer to reset than {@code github.rate-limit-wait}. */
final class RateLimitExhausted extends IOException {
  private static final long serialVersionUID = 1L;
  private final Instant resetAt;

  RateLimitExhausted(Instant resetAt) {
    super("GitHub rate limit reached until " + resetAt);
    this.resetAt = resetAt;
  }

  Instant resetAt() {
    return resetAt;
  }
}
