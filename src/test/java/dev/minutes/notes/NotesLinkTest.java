package dev.minutes.notes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NotesLinkTest {
  @ParameterizedTest
  @CsvSource({
    "https://github.com/o/r/blob/main/, notes/x.md, https://github.com/o/r/blob/main/notes/x.md",
    "https://github.com/o/r/blob/main, notes/x.md, https://github.com/o/r/blob/main/notes/x.md",
    "https://github.com/o/r/blob/main/, ./x.md, https://github.com/o/r/blob/main/x.md"
  })
  void aPathInsideTheRootIsTheBaseUrlPlusThePath(String base, String source, String link) {
    assertThat(NotesLink.of(base, source)).contains(link);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/tmp/notes/x.md", "../shared/x.md", "notes/../../x.md", "C:\\n\\x.md"})
  void aPathOutsideTheRootGetsNoLink(String source) {
    assertThat(NotesLink.of("https://github.com/o/r/blob/main/", source)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void noBaseUrlMeansNoLink(String base) {
    assertThat(NotesLink.of(base, "notes/x.md")).isEmpty();
    assertThat(NotesLink.of(null, "notes/x.md")).isEmpty();
  }
}
