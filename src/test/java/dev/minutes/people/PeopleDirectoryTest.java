package dev.minutes.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minutes.notes.MinutesException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleDirectoryTest {
  @TempDir Path dir;

  private Path write(String yaml) throws IOException {
    return Files.writeString(dir.resolve("people.yaml"), yaml);
  }

  @Test
  void findsAPersonByNameInitialsAliasGithubOrDiscordIgnoringCaseAndDiacritics()
      throws IOException {
    PeopleDirectory people =
        PeopleDirectory.load(
            write(
                """
                people:
                  - name: Răzvan Deaconescu
                    initials: [RD]
                    aliases: RăzvanD, Razvan
                    github: razvand
                    discord: "123456"
                """));

    for (String spelling :
        new String[] {"Răzvan Deaconescu", "rd", "RazvanD", "razvan", "@razvand", "123456"}) {
      assertThat(people.find(spelling))
          .as(spelling)
          .map(Person::name)
          .contains("Răzvan Deaconescu");
    }
    assertThat(people.find("Simon")).isEmpty();
  }

  @Test
  void aSpellingSharedByTwoPeopleFindsNobody() {
    PeopleDirectory people =
        PeopleDirectory.of(
            java.util.List.of(
                new Person(
                    "Răzvan Deaconescu", java.util.List.of("RD"), java.util.List.of(), null, null),
                new Person(
                    "Radu Dumitru", java.util.List.of("RD"), java.util.List.of(), null, null)));

    assertThat(people.find("RD")).isEmpty();
    assertThat(people.find("Radu Dumitru")).isPresent();
  }

  @Test
  void theProjectsExamplePeopleFileLoads() {
    PeopleDirectory people = PeopleDirectory.load(Path.of("notes", "people.yaml"));

    assertThat(people.people()).isNotEmpty();
    assertThat(people.find("RD")).map(Person::name).contains("Răzvan Deaconescu");
  }

  @Test
  void anEmptyFileIsAnEmptyDirectory() throws IOException {
    assertThat(PeopleDirectory.load(write("")).people()).isEmpty();
  }

  @Test
  void malformedYamlIsAUserErrorNamingTheFile() throws IOException {
    Path file = write("people: [unclosed\n");

    assertThatThrownBy(() -> PeopleDirectory.load(file))
        .isInstanceOf(MinutesException.class)
        .satisfies(e -> assertThat(((MinutesException) e).where()).isEqualTo(file.toString()))
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void aTypeTagIsRefusedNotInstantiated() throws IOException {
    Path file = write("people: !!javax.script.ScriptEngineManager []\n");

    assertThatThrownBy(() -> PeopleDirectory.load(file)).isInstanceOf(MinutesException.class);
  }

  @Test
  void anEntryWithoutNameIsAUserErrorNamingTheEntry() throws IOException {
    Path file = write("people:\n  - name: A\n  - initials: [X]\n");

    assertThatThrownBy(() -> PeopleDirectory.load(file))
        .isInstanceOf(MinutesException.class)
        .satisfies(e -> assertThat(((MinutesException) e).where()).endsWith("people[2]"));
  }

  @Test
  void aMissingFileIsAUserError() {
    assertThatThrownBy(() -> PeopleDirectory.load(dir.resolve("absent.yaml")))
        .isInstanceOf(MinutesException.class)
        .hasMessageContaining("cannot read");
  }
}
