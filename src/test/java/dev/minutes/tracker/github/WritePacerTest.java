package dev.minutes.tracker.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WritePacerTest {
  long now = 1_000_000_000L;
  final List<Long> sleeps = new ArrayList<>();
  final WritePacer pacer =
      new WritePacer(
          Duration.ofSeconds(1),
          () -> now,
          nanos -> {
            sleeps.add(nanos);
            now += nanos;
          });

  @Test
  void theFirstWriteGoesAtOnceAndTheNextWaitsOutThePause() {
    pacer.beforeWrite();
    now += 300_000_000L;
    pacer.beforeWrite();

    assertThat(sleeps).containsExactly(700_000_000L);
  }

  @Test
  void aWriteAfterThePauseHasPassedDoesNotWait() {
    pacer.beforeWrite();
    now += 1_500_000_000L;
    pacer.beforeWrite();

    assertThat(sleeps).isEmpty();
  }
}
