package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The error paths of every command, as a user meets them: one short message that says what is wrong
 * and what to type, never a Java class name or exception text.
 */
class CommandErrorsTest {
  private static final String NOTES = "notes";
  private static final String PEOPLE = "notes/people.yaml";

  @TempDir Path folder;
  private Map<String, String> environment;

  @BeforeEach
  void storeWithTheSampleMeeting() {
    environment = Cli.storeIn(folder);
    assertThat(run("ingest", "--people", PEOPLE, NOTES).exit()).isZero();
  }

  @Test
  void aMistypedCommandIsThreeLinesWithASuggestion() {
    Cli typo = run("injest");

    assertThat(typo.exit()).isEqualTo(2);
    assertThat(typo.err().lines())
        .containsExactly(
            "minutes: 'injest' is not a minutes command",
            "did you mean 'minutes ingest'?",
            "see 'minutes --help'");
    assertThat(typo.out()).isEmpty();
  }

  @Test
  void aMistypedOptionSuggestsTheRealOne() {
    Cli typo = run("todos", "--ownr", "RD");

    assertThat(typo.exit()).isEqualTo(2);
    assertThat(typo.err().lines())
        .containsExactly(
            "minutes todos: unknown option '--ownr'",
            "did you mean '--owner'?",
            "see 'minutes todos --help'");
  }

  @Test
  void aBadDateSaysWhichFormatIsExpected() {
    Cli digest = run("digest", "--since", "4.3.2024");

    assertThat(digest.exit()).isEqualTo(2);
    assertThat(digest.err()).contains("'4.3.2024' is not a date: expected YYYY-MM-DD");
  }

  @Test
  void sinceAfterUntilIsAUsageError() {
    Cli digest = run("digest", "--since", "2024-03-10", "--until", "2024-03-01");

    assertThat(digest.exit()).isEqualTo(2);
    assertThat(digest.err()).contains("--since 2024-03-10 is after --until 2024-03-01");
  }

  @Test
  void anUnknownTeamIsNamedWithTheKnownOnes() {
    for (String command : List.of("todos", "meetings")) {
      Cli run = run(command, "--team", "nosuchteam");

      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.err())
          .contains("--team: unknown team 'nosuchteam'", "known teams: maintainers");
    }
  }

  @Test
  void aLimitBelowOneIsAUsageErrorInOneLine() {
    Cli todos = run("todos", "--limit", "0");

    assertThat(todos.exit()).isEqualTo(2);
    assertThat(todos.err().lines())
        .containsExactly(
            "minutes todos: --limit must be at least 1, not 0", "see 'minutes todos --help'");
    assertThat(todos.out()).isEmpty();
  }

  @Test
  void anUnknownSortKeyNamesTheKnownOnes() {
    Cli todos = run("todos", "--sort", "size");

    assertThat(todos.exit()).isEqualTo(2);
    assertThat(todos.err()).contains("expected one of [number, due, owner, age]");
  }

  @Test
  void anUnknownOwnerGetsTheCloseKnownNames() {
    Cli todos = run("todos", "--people", PEOPLE, "--owner", "Cezra");

    assertThat(todos.exit()).isEqualTo(1);
    assertThat(todos.err()).contains("--owner: unknown owner 'Cezra'", "did you mean Cezar?");
  }

  @Test
  void anUnknownOwnerAsJsonPrintsNoArrayOnlyTheError() {
    Cli todos = run("todos", "--people", PEOPLE, "--owner", "Cezra", "--format", "json");

    assertThat(todos.exit()).isEqualTo(1);
    assertThat(todos.out()).isEmpty();
    assertThat(todos.err()).contains("--owner: unknown owner 'Cezra'");
  }

  @Test
  void aKnownOwnerWithoutItemsIsNotAnError() {
    Cli todos = run("todos", "--people", PEOPLE, "--owner", "Simon");

    assertThat(todos.exit()).isZero();
    assertThat(todos.out()).contains("no action items match");
  }

  @Test
  void noErrorOfAnyCommandShowsJavaClassesOrExceptions() {
    List<List<String>> commandLines =
        List.of(
            List.of("injest"),
            List.of("--no-such-option"),
            List.of("--config", "absent.properties", "todos"),
            List.of("parse", "absent.md"),
            List.of("parse", "--format", "yaml", NOTES),
            List.of("lint", "absent.md"),
            List.of("ingest"),
            List.of("ingest", "absent/"),
            List.of("ingest", "--people", "absent.yaml", NOTES),
            List.of("todos", "--status", "bogus"),
            List.of("todos", "--team", "nosuchteam"),
            List.of("todos", "--owner", "Nobody"),
            List.of("todos", "--store", "jdbc:bogus:x"),
            List.of("todos", "--limit", "0"),
            List.of("todos", "--limit", "ten"),
            List.of("todos", "--sort", "size"),
            List.of("todos", "--group-by", "team"),
            List.of("done", "abc"),
            List.of("done", "999"),
            List.of("reopen", "999"),
            List.of("meetings", "--team", "nosuchteam"),
            List.of("show", "M999"),
            List.of("show", "xyz"),
            List.of("show", "M1", "--format", "yaml"),
            List.of("meetings", "--format", "yaml"),
            List.of("people"),
            List.of("people", "sugest"),
            List.of("people", "suggest", "absent/"),
            List.of("issues"),
            List.of("issues", "opne"),
            List.of("issues", "open", "999"),
            List.of("sync"),
            List.of("digest", "--since", "4.3.2024"),
            List.of("digest", "--until", "2024-13-01"),
            List.of("digest", "--since", "2024-03-10", "--until", "2024-03-01"),
            List.of("digest", "--format", "pdf"),
            List.of("remind", "--at", "tomorrow"),
            List.of("remind", "--off"),
            List.of("scheduler", "--every", "x"),
            List.of("bot"));
    SoftAssertions softly = new SoftAssertions();
    for (List<String> commandLine : commandLines) {
      Cli run = run(commandLine.toArray(String[]::new));
      String output = run.out() + run.err();
      softly.assertThat(run.exit()).as(String.join(" ", commandLine)).isNotZero();
      softly
          .assertThat(output)
          .as(String.join(" ", commandLine))
          .doesNotContain("java.", "Exception", "\tat ");
    }
    softly.assertAll();
  }

  private Cli run(String... args) {
    return Cli.run(environment, Clock.systemUTC(), args);
  }
}
