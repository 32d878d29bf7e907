package dev.minutes.tracker;

import dev.minutes.notes.MinutesException;

/**
 * A tracker call that failed, with what to do about it. Never carries a token.
 *
 * @see #retryable()
 */
public final class TrackerException extends MinutesException {
  private static final long serialVersionUID = 1L;
  private final boolean retryable;

  public TrackerException(String where, String message, String hint, boolean retryable) {
    super(where, message, hint);
    this.retryable = retryable;
  }

  /** True for failures that may pass on their own (5xx, timeouts, rate limits). */
  public boolean retryable() {
    return retryable;
  }
}
