package dev.minutes.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The LIKE patterns that narrow owners and teams down in SQL before the exact match. */
class ItemQueryTest {
  @Test
  void anAsciiNameIsMatchedAsAWholeLowerCasedJsonString() {
    assertThat(ItemQuery.jsonStringPattern("RD")).isEqualTo("%\"rd\"%");
  }

  @Test
  void likeWildcardsInANameAreEscaped() {
    assertThat(ItemQuery.jsonStringPattern("a_b%c!")).isEqualTo("%\"a!_b!%c!!\"%");
  }

  @Test
  void everyNonAsciiCharacterBecomesOneWildcardEvenOutsideTheBmp() {
    assertThat(ItemQuery.jsonStringPattern("Ștefan")).isEqualTo("%\"_tefan\"%");
    assertThat(ItemQuery.jsonStringPattern("x😀")).isEqualTo("%\"x_\"%");
  }
}
