package dev.minutes.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedMemoTest {
  @Test
  void aRememberedAnswerIsNotWorkedOutAgain() {
    AtomicInteger calls = new AtomicInteger();
    BoundedMemo<String, String> upper =
        new BoundedMemo<>(
            text -> {
              calls.incrementAndGet();
              return text.toUpperCase(java.util.Locale.ROOT);
            },
            10);

    assertThat(upper.apply("agenda")).isEqualTo("AGENDA");
    assertThat(upper.apply("agenda")).isEqualTo("AGENDA");
    assertThat(calls).hasValue(1);
  }

  @Test
  void pastItsBoundItStillAnswersButRemembersNoMore() {
    AtomicInteger calls = new AtomicInteger();
    BoundedMemo<Integer, Integer> twice =
        new BoundedMemo<>(
            n -> {
              calls.incrementAndGet();
              return 2 * n;
            },
            2);

    for (int n = 0; n < 5; n++) {
      assertThat(twice.apply(n)).isEqualTo(2 * n);
    }
    calls.set(0);
    for (int n = 0; n < 5; n++) {
      assertThat(twice.apply(n)).isEqualTo(2 * n);
    }
    assertThat(calls).as("only the first two answers were kept").hasValue(3);
  }
}
