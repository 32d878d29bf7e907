package dev.minutes.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "RăzvanD, RD",
    "ȘtefanJ, SJ",
    "AlexJ, AJ",
    "RaduNichita, RN",
    "Kha Dinh, KD",
    "Ștefan Jumărea, SJ",
    "răzvanD, RD"
  })
  void participantSpellingsImplyInitialsIgnoringDiacritics(String name, String initials) {
    assertThat(Names.initials(name)).contains(initials);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Simon", "Cezar", "x"})
  void aSinglePlainNameImpliesNoInitials(String name) {
    assertThat(Names.initials(name)).isEmpty();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"Ștefan, stefan", "RĂZVAN, razvan", "  Dragoș , dragos"})
  void foldIgnoresCaseDiacriticsAndSurroundingSpace(String spelling, String key) {
    assertThat(Names.fold(spelling)).isEqualTo(key);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"RăzvanD, Răzvan", "Kha Dinh, Kha", "Simon, Simon"})
  void givenNameIsTheFirstWordUpToTheFamilyInitial(String name, String given) {
    assertThat(Names.givenName(name)).isEqualTo(given);
  }
}
