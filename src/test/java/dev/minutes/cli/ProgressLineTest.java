package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
  @Test
  void saysCountTotalRateAndTimeLeft() {
    assertThat(ProgressLine.text(120, 367, "files", Duration.ofSeconds(4)))
        .isEqualTo("120/367 files, 30.0/s, ETA 0:08");
    assertThat(ProgressLine.text(3, 40, "issues", Duration.ofSeconds(6)))
        .isEqualTo("3/40 issues, 0.5/s, ETA 1:14");
    assertThat(ProgressLine.text(367, 367, "files", Duration.ofSeconds(12)))
        .isEqualTo("367/367 files, 30.6/s");
  }

  @Test
  void drawsInPlaceOnATerminalAndErasesItself() {
    StringWriter err = new StringWriter();
    ProgressLine progress =
        new ProgressLine(
            new PrintWriter(err), new TickingClock(Duration.ofMillis(100)), "files", true, 20);

    progress.start(40);
    for (int i = 0; i < 40; i++) {
      progress.step();
    }
    progress.finish();

    assertThat(err.toString()).startsWith("\r1/40 files").contains("\r40/40 files, 10.0/s");
    assertThat(err.toString()).endsWith("\r");
  }

  @Test
  void printsNothingWhenNotATerminalOrTheRunIsShort() {
    StringWriter piped = new StringWriter();
    StringWriter shortRun = new StringWriter();
    Clock clock = new TickingClock(Duration.ofSeconds(1));
    ProgressLine notTerminal = new ProgressLine(new PrintWriter(piped), clock, "f", false, 0);
    ProgressLine tooShort = new ProgressLine(new PrintWriter(shortRun), clock, "f", true, 20);

    for (ProgressLine progress : new ProgressLine[] {notTerminal, tooShort}) {
      progress.start(3);
      progress.step();
      progress.finish();
    }

    assertThat(piped.toString()).isEmpty();
    assertThat(shortRun.toString()).isEmpty();
  }

  /** A clock that moves on by {@code step} each time it is read: one step per item. */
  private static final class TickingClock extends Clock {
    private final Duration step;
    private Instant now = Instant.parse("2024-03-04T09:00:00Z");

    TickingClock(Duration step) {
      this.step = step;
    }

    @Override
    public Instant instant() {
      Instant current = now;
      now = now.plus(step);
      return current;
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
