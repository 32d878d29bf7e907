package dev.minutes.cli;

import dev.minutes.tracker.IssueOpener;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * A progress line on stderr for long runs ("120/367 files, 45.2/s, ETA 0:06"), rewritten in place
 * with a carriage return and erased at the end. Only on a terminal: piped or logged output gets
 * nothing, so it never mixes with what scripts read. Redrawn at most every {@link #REDRAW} so a
 * fast run costs nothing.
 */
final class ProgressLine implements IssueOpener.Progress, AutoCloseable {
  static final Duration REDRAW = Duration.ofMillis(200);

  private final PrintWriter err;
  private final Clock clock;
  private final String unit;
  private final boolean terminal;
  private final int minTotal;
  private boolean shown;
  private int total;
  private int done;
  private Instant start;
  private Instant lastDraw;
  private int width;

  /**
   * @param terminal whether stderr is a terminal; otherwise nothing is ever drawn
   * @param minTotal runs with fewer steps than this are too short for a line
   */
  ProgressLine(PrintWriter err, Clock clock, String unit, boolean terminal, int minTotal) {
    this.err = err;
    this.clock = clock;
    this.unit = unit;
    this.terminal = terminal;
    this.minTotal = minTotal;
  }

  /** A run of {@code total} steps begins. */
  @Override
  public void start(int total) {
    clear();
    this.total = total;
    this.done = 0;
    this.start = clock.instant();
    this.lastDraw = null;
    this.shown = terminal && total >= minTotal;
  }

  /** One more step done. */
  @Override
  public void step() {
    done++;
    if (!shown) {
      return;
    }
    Instant now = clock.instant();
    if (done < total && lastDraw != null && Duration.between(lastDraw, now).compareTo(REDRAW) < 0) {
      return;
    }
    lastDraw = now;
    String line = text(done, total, unit, Duration.between(start, now));
    err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
    width = line.length();
    err.flush();
  }

  /** Erases the line, so that other output starts on a clean line; the next step redraws it. */
  void clear() {
    if (width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      width = 0;
      lastDraw = null;
    }
  }

  @Override
  public void finish() {
    clear();
  }

  @Override
  public void close() {
    clear();
  }

  /** {@code 120/367 files, 45.2/s, ETA 0:06}; rate and ETA once time has passed. */
  static String text(int done, int total, String unit, Duration elapsed) {
    StringBuilder text = new StringBuilder();
    text.append(done).append('/').append(total).append(' ').append(unit);
    double seconds = elapsed.toMillis() / 1000.0;
    if (done > 0 && seconds > 0) {
      double rate = done / seconds;
      text.append(String.format(Locale.ROOT, ", %.1f/s", rate));
      if (done < total) {
        text.append(", ETA ").append(clockTime(Math.round((total - done) / rate)));
      }
    }
    return text.toString();
  }

  private static String clockTime(long seconds) {
    long hours = seconds / 3600;
    long minutes = seconds % 3600 / 60;
    long rest = seconds % 60;
    return hours > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, rest)
        : String.format(Locale.ROOT, "%d:%02d", minutes, rest);
  }
}
