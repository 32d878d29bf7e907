package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.config.Config;
import dev.minutes.config.ConfigKeys;
import dev.minutes.parse.ParseVocabulary;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParserSettingsTest {

  @Test
  void everyListOfTheVocabularyIsAKnownConfigKeyAndNoOtherParseKeyIs() {
    assertThat(ConfigKeys.KNOWN.stream().filter(key -> key.startsWith(ParserSettings.PREFIX)))
        .containsExactlyInAnyOrderElementsOf(
            ParseVocabulary.KEYS.stream().map(key -> ParserSettings.PREFIX + key).toList());
  }

  @Test
  void aConfiguredWordIsAddedToTheShippedList() {
    Config config = Config.of(Map.of("parse.action-markers", "Aufgabe, Zu erledigen"), Map.of());
    assertThat(ParserSettings.vocabulary(config).list("action-markers"))
        .containsAll(ParseVocabulary.standard().list("action-markers"))
        .contains("Aufgabe", "Zu erledigen");
  }
}
