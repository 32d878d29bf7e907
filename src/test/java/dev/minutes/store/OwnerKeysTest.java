package dev.minutes.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Owner keys are equal exactly when Java's case-insensitive comparison says the names are. */
class OwnerKeysTest {
  private static final List<String> NAMES =
      List.of(
          "RD",
          "rd",
          "Rd",
          "RăzvanD",
          "RĂZVAND",
          "razvand",
          "Dragoș",
          "DRAGOȘ",
          "Dragos",
          "Straße",
          "STRASSE",
          "İlker",
          "ilker",
          "ILKER",
          "ılker",
          "\u212Aelvin",
          "kelvin",
          "Σίσυφος",
          "ΣΊΣΥΦΟΣ",
          "σίσυφοσ",
          "𐐀x",
          "𐐨X",
          "");

  @Test
  void twoNamesHaveOneKeyExactlyWhenTheyAreEqualIgnoringCase() {
    for (String a : NAMES) {
      for (String b : NAMES) {
        assertThat(OwnerKeys.of(a).equals(OwnerKeys.of(b)))
            .as("%s vs %s", a, b)
            .isEqualTo(a.equalsIgnoreCase(b));
      }
    }
  }
}
