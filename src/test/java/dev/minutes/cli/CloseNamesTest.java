package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CloseNamesTest {
  private static final List<String> KNOWN =
      List.of("RD", "RăzvanD", "Răzvan Deaconescu", "CC", "Cezar", "razvand", "maintainers");

  @Test
  void aTypoFindsTheNamesAFewEditsAway() {
    assertThat(CloseNames.to("Cezra", KNOWN)).containsExactly("Cezar");
    assertThat(CloseNames.to("maintainer", KNOWN)).containsExactly("maintainers");
  }

  @Test
  void aPartOfANameFindsIt() {
    assertThat(CloseNames.to("deaconescu", KNOWN)).containsExactly("Răzvan Deaconescu");
  }

  @Test
  void nothingCloseIsNoSuggestion() {
    assertThat(CloseNames.to("Zoltan", KNOWN)).isEmpty();
  }
}
