package dev.minutes.parse;

import java.util.ArrayList;
import java.util.List;

/** Splits a line into sentences: a '.', '!' or '?' followed by a space and a capital letter. */
final class Sentences {
  private Sentences() {}

  /** The sentences of {@code text}, stripped, in order; the whole text when it has only one. */
  static List<String> of(String text) {
    List<String> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i + 2 < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?')
          && Character.isWhitespace(text.charAt(i + 1))
          && Character.isUpperCase(text.charAt(i + 2))) {
        sentences.add(text.substring(start, i + 1).strip());
        start = i + 2;
      }
    }
    sentences.add(text.substring(start).strip());
    sentences.removeIf(String::isEmpty);
    return sentences;
  }
}
