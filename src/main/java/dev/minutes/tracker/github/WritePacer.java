package dev.minutes.tracker.github;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Keeps GitHub writes (create, edit, comment, close, reopen) at least {@code github.write-pause}
 * apart, as GitHub asks of clients that send many of them, so that a batch of edits after a big
 * re-ingest does not trip the secondary rate limit. One pacer per client: every write of a run
 * shares it.
 */
final class WritePacer {
  /** Sleeps; tests pass one that only records. */
  @FunctionalInterface
  interface Sleeper {
    void sleep(long nanos) throws InterruptedException;
  }

  private final long pauseNanos;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private long nextWrite;
  private boolean wroteBefore;

  WritePacer(Duration pause, LongSupplier nanoTime, Sleeper sleeper) {
    this.pauseNanos = pause.toNanos();
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
  }

  static WritePacer real(Duration pause) {
    return new WritePacer(
        pause,
        System::nanoTime,
        nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)));
  }

  /** Waits until the pause since the previous write has passed. */
  synchronized void beforeWrite() {
    long now = nanoTime.getAsLong();
    if (wroteBefore && nextWrite - now > 0) {
      try {
        sleeper.sleep(nextWrite - now);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      now = nanoTime.getAsLong();
    }
    wroteBefore = true;
    nextWrite = now + pauseNanos;
  }
}
