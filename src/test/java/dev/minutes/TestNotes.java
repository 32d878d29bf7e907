package dev.minutes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Real notes for tests: copies under src/test/resources/corpus, and the shared corpus. */
public final class TestNotes {
  /** The maintainers meeting of 2024-03-04, the example of OUTPUT.md and notes/. */
  public static final String MAINTAINERS_2024_03_04 =
      "unikraft/discussions/maintainers/2024/2024-03-04.md";

  /** A small meeting in the maintainers' style: one agenda item, two action items (RD, CC). */
  public static final String SMALL_MEETING =
      """
      ---
      title: Maintainers Meeting
      datetime: 2024-03-04T11:00:00+02:00
      teams:
      - maintainers
      participants:
      - RăzvanD
      - Cezar
      ---
      ## Agenda

      * Next release plans

      ## TODOs and Decisions

      RD: Create a GitHub project 0.16.3.

      CC: Look into nightly builds.
      """;

  private TestNotes() {}

  /** A copied corpus note, e.g. {@link #MAINTAINERS_2024_03_04}. */
  public static byte[] bytes(String path) {
    try (InputStream in = TestNotes.class.getResourceAsStream("/corpus/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test fixture /corpus/" + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(String path) {
    return new String(bytes(path), StandardCharsets.UTF_8);
  }

  /**
   * The shared corpus: {@code ../shared/corpus} relative to the project (CI has it), or {@code
   * -Dminutes.corpus=DIR}. Tests that need it are skipped, visibly, when it is absent.
   */
  public static Path sharedCorpus() {
    return Path.of(System.getProperty("minutes.corpus", "../shared/corpus"));
  }
}
