package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.people.PeopleDirectory;
import dev.minutes.people.Person;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code minutes people suggest}: a draft from the store or from notes, and {@code --write}. */
class PeopleSuggestCommandTest {
  private static final String NOTE =
      """
      ---
      title: Musl WG
      date: 2022-07-06
      participants:
        - Dragoș
        - Florin
      ---
      ## TODOs and Decisions

      * DA: Rebase the clone PR.
      * DA: Check the Musl flags.
      * Dragos: Review the tests.
      * Everyone: update your branches.
      """;

  @TempDir Path folder;
  private Map<String, String> environment;
  private Path notes;

  @BeforeEach
  void aNote() throws Exception {
    environment = Cli.storeIn(folder);
    notes = folder.resolve("notes/2022-07-06.md");
    Files.createDirectories(notes.getParent());
    Files.writeString(notes, NOTE);
  }

  @Test
  void theDraftFromTheStoreMergesInitialsAndSpellingsWithTheEvidence() {
    assertThat(run("ingest", "--backfill", notes.toString()).exit()).isZero();

    Cli suggest = run("people", "suggest", "--people", folder.resolve("people.yaml").toString());

    assertThat(suggest.exit()).isZero();
    assertThat(suggest.out())
        .contains("  # 3 items in 1 meeting (")
        .contains("  - name: Dragoș\n    initials: [DA]\n    aliases: [Dragos]\n")
        .doesNotContain("Everyone")
        .contains("# 1 people from the owners of 4 items in the store (2 spellings merged");
    assertThat(folder.resolve("people.yaml")).doesNotExist();
  }

  @Test
  void notesFilesAlsoGiveTheParticipants() {
    Cli suggest =
        run(
            "people",
            "suggest",
            "--people",
            folder.resolve("people.yaml").toString(),
            notes.toString());

    assertThat(suggest.out()).contains("- name: Dragoș").contains("- name: Florin");
  }

  @Test
  void writeAddsOnlyThePeopleTheFileDoesNotListAndKeepsTheRest() throws Exception {
    Path people = folder.resolve("people.yaml");
    String mine =
        """
        # my people
        people:
          - name: Florin Postolache
            aliases: [Florin]
            github: florin
        """;
    Files.writeString(people, mine);

    Cli write =
        run("people", "suggest", "--people", people.toString(), "--write", notes.toString());

    assertThat(write.exit()).isZero();
    assertThat(write.out()).contains("1 already in").contains("added 1 to");
    assertThat(Files.readString(people)).startsWith(mine);
    assertThat(PeopleDirectory.load(people).people())
        .extracting(Person::name)
        .containsExactly("Florin Postolache", "Dragoș");

    run("people", "suggest", "--people", people.toString(), "--write", notes.toString());

    assertThat(PeopleDirectory.load(people).people()).hasSize(2);
  }

  private Cli run(String... args) {
    return Cli.run(environment, Clock.systemUTC(), args);
  }
}
