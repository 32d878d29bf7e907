package dev.minutes.tracker.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rate-limit waits with a fixed clock and a pause that records instead of sleeping. */
class BoundedRateLimitWaitTest {
  static final Instant NOW = Instant.parse("2024-03-04T10:00:00Z");

  final List<Duration> slept = new ArrayList<>();
  final BoundedRateLimitWait wait =
      new BoundedRateLimitWait(Duration.ofMinutes(2), Clock.fixed(NOW, ZoneOffset.UTC), slept::add);

  @Test
  void aLimitThatResetsWithinTheBoundIsWaitedOutWithAQuarterSecondToSpare() throws Exception {
    String reset = String.valueOf(NOW.plusSeconds(30).getEpochSecond());

    wait.waitUntil(wait.resetOf(null, reset, null));

    assertThat(slept).containsExactly(Duration.ofMillis(30_250));
  }

  @Test
  void aLimitThatResetsAfterTheBoundFailsAtOnceWithTheResetTime() {
    String reset = String.valueOf(NOW.plusSeconds(600).getEpochSecond());

    assertThatThrownBy(() -> wait.waitUntil(wait.resetOf(null, reset, null)))
        .isInstanceOf(RateLimitExhausted.class);
    assertThat(slept).isEmpty();
  }

  @Test
  void retryAfterSecondsWinOverTheResetHeader() {
    String reset = String.valueOf(NOW.plusSeconds(600).getEpochSecond());

    assertThat(wait.resetOf("5", reset, null)).isEqualTo(NOW.plusSeconds(5));
  }

  @Test
  void aSecondaryLimitWithoutHeadersWaitsTheGivenFallback() throws Exception {
    wait.waitUntil(wait.resetOf(null, null, Duration.ofMinutes(1)));

    assertThat(slept).containsExactly(Duration.ofMillis(60_250));
  }
}
