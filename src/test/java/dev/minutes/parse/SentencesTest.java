package dev.minutes.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {
  @Test
  void aLineSplitsWhereAStopIsFollowedByACapital() {
    assertThat(Sentences.of("JF to create repo. Andreas to populate."))
        .containsExactly("JF to create repo.", "Andreas to populate.");
  }

  @Test
  void aStopInsideANumberOrBeforeLowerCaseDoesNotSplit() {
    assertThat(Sentences.of("Release 0.13 ships. then we wait")).hasSize(1);
  }
}
