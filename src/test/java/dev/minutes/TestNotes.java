package dev.minutes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

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

  /**
   * A meeting written to phish and ping: masked links, role, user and channel mentions, {@code
   * @everyone} and {@code @here} in the title, teams, items and a decision.
   */
  public static final String HOSTILE_MEETING =
      """
      ---
      title: "[Release](https://evil.example/t) <@&42> @everyone"
      datetime: 2024-03-04T11:00:00+02:00
      teams:
      - "<#700> @here"
      ---
      ## TODOs and Decisions

      RD: \\[click\\](https://evil.example/phish) this week.

      CC: ping <@&42>, <@111>, <#700>, @everyone and @here, then [vote](https://evil.example/v) this week.

      Decision: [read this](<https://evil.example/d>) https://ok.example/[x](https://evil.example/u)
      """;

  /** A masked link whose brackets are both unescaped: Discord would render it as a link. */
  public static final Pattern UNESCAPED_MASKED_LINK =
      Pattern.compile("(?<!\\\\)\\[[^\\]\\n]*(?<!\\\\)\\]\\(");

  /** Discord's user, role and channel mention syntax. */
  public static final Pattern MENTION_SYNTAX = Pattern.compile("<(@[&!]?|#)\\d+>");

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
