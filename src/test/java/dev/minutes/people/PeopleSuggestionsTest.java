package dev.minutes.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafting people.yaml: which spellings denote one person, and what stays apart. */
class PeopleSuggestionsTest {
  private final PeopleSuggestions suggestions = new PeopleSuggestions();

  @Test
  void initialsANameAndItsSpellingWithoutDiacriticsAreOnePerson() {
    // As the Unikraft notes have it: "DA:" items in meetings where "Dragoș" took part.
    suggestions.owner("DA", "Dragoș", "2022-07-06.md");
    suggestions.owner("DA", "Dragoș", "2022-10-26.md");
    suggestions.owner("Dragos", null, "2023-01-06.md");

    List<SuggestedPerson> people = suggestions.people();

    assertThat(people).hasSize(1);
    SuggestedPerson dragos = people.get(0);
    assertThat(dragos.name()).isEqualTo("Dragoș");
    assertThat(dragos.initials()).containsExactly("DA");
    assertThat(dragos.aliases()).containsExactly("Dragos");
    assertThat(dragos.items()).isEqualTo(3);
    assertThat(dragos.meetings())
        .containsExactly("2022-07-06.md", "2022-10-26.md", "2023-01-06.md");
  }

  @Test
  void aFirstLetterGuessSeenOnceIsNotEnoughToMerge() {
    suggestions.owner("SJ", "Simon", "a.md");
    suggestions.owner("SK", "Simon", "b.md");
    suggestions.owner("SK", "Simon", "c.md");

    assertThat(suggestions.people())
        .extracting(SuggestedPerson::name)
        .containsExactlyInAnyOrder("Simon", "SJ");
  }

  @Test
  void initialsOnlyOneNameImpliesJoinThatName() {
    suggestions.participant("RăzvanD", "a.md");
    suggestions.owner("RD", null, "b.md");
    suggestions.participant("Răzvan Deaconescu", "c.md");

    SuggestedPerson razvan = suggestions.people().get(0);

    assertThat(razvan.name()).isEqualTo("Răzvan Deaconescu");
    assertThat(razvan.initials()).containsExactly("RD");
    assertThat(razvan.aliases()).containsExactly("RăzvanD");
  }

  @Test
  void aGivenNameTwoPeopleShareStaysApart() {
    suggestions.participant("RăzvanD", "a.md");
    suggestions.participant("RăzvanV", "a.md");
    suggestions.participant("Răzvan", "b.md");

    assertThat(suggestions.people()).hasSize(3);
  }

  @Test
  void groupNamesAreNotPeople() {
    suggestions.owner("Everyone", null, "a.md");
    suggestions.owner("All", null, "a.md");
    suggestions.owner("@here", null, "a.md");

    assertThat(suggestions.people()).isEmpty();
  }

  @Test
  void theDraftLoadsAsAPeopleDirectoryWhateverTheNames(@TempDir Path folder) throws Exception {
    suggestions.owner("DA", "Dragoș", "a.md");
    suggestions.owner("DA", "Dragoș", "b.md");
    suggestions.participant("yes", "a.md");
    suggestions.participant("O'Brien: \"the\" #1", "a.md");
    StringBuilder yaml = new StringBuilder(PeopleYaml.header("a test"));
    suggestions.people().forEach(person -> yaml.append(PeopleYaml.entry(person)));
    Path file = folder.resolve("people.yaml");
    Files.writeString(file, yaml);

    PeopleDirectory directory = PeopleDirectory.load(file);

    assertThat(directory.people())
        .extracting(Person::name)
        .containsExactlyInAnyOrder("Dragoș", "yes", "O'Brien: \"the\" #1");
    assertThat(directory.find("DA").map(Person::name)).contains("Dragoș");
    assertThat(directory.find("Dragos").map(Person::name)).contains("Dragoș");
  }
}
