package dev.minutes.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written initials scan says what the pattern it stands in for says. */
class InitialsScanTest {
  private static final Pattern INITIALS =
      Pattern.compile("\\p{Lu}(\\p{Ll}?\\p{Lu}){1,2}|\\p{Lu}{2}\\p{Ll}{1,3}");

  /** Upper and lower case, ASCII and not, a title-case letter, a digit and a mark. */
  private static final List<String> LETTERS = List.of("R", "d", "Ș", "ă", "ǅ", "7", "\u0301", "𝐀");

  @Test
  void everyTokenOfUpToSixLettersIsReadAsThePatternReadsIt() {
    List<String> tokens = new ArrayList<>(List.of(""));
    List<String> shorter = List.of("");
    for (int length = 1; length <= 6; length++) {
      List<String> longer = new ArrayList<>();
      for (String start : shorter) {
        for (String letter : LETTERS) {
          longer.add(start + letter);
        }
      }
      tokens.addAll(longer);
      shorter = longer;
    }
    int initials = 0;
    for (String token : tokens) {
      int letters = token.codePointCount(0, token.length());
      boolean expected = letters >= 2 && letters <= 5 && INITIALS.matcher(token).matches();
      assertThat(OwnerResolver.looksLikeInitials(token)).as(token).isEqualTo(expected);
      initials += expected ? 1 : 0;
    }
    assertThat(initials).as("tokens that are initials").isGreaterThan(100);
  }
}
