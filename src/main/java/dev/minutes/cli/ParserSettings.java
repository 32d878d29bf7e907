package dev.minutes.cli;

import dev.minutes.config.Config;
import dev.minutes.parse.ParseVocabulary;

/**
 * The parser's settings from the configuration: {@code parse.<list>} keys add a community's words
 * to the shipped vocabulary ({@code parse.action-markers=Aufgabe, Zu erledigen}).
 */
final class ParserSettings {
  static final String PREFIX = "parse.";

  private ParserSettings() {}

  static ParseVocabulary vocabulary(Config config) {
    ParseVocabulary vocabulary = ParseVocabulary.standard();
    for (String key : ParseVocabulary.KEYS) {
      vocabulary = vocabulary.with(key, config.list(PREFIX + key));
    }
    return vocabulary;
  }
}
