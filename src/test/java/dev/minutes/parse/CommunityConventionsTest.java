package dev.minutes.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.notes.ActionItem;
import dev.minutes.notes.AgendaItem;
import dev.minutes.notes.Decision;
import dev.minutes.notes.Meeting;
import dev.minutes.notes.Owner;
import dev.minutes.people.PeopleDirectory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The conventions of communities other than Unikraft, each on a real note copied into
 * src/test/resources/corpus/communities (sources in its README).
 */
class CommunityConventionsTest {
  private static final String NODE = "communities/nodejs__TSC/meetings/2018-06-06.md";
  private static final String WASM = "communities/WebAssembly__meetings/main/2018/CG-03-06.md";
  private static final String OPENJS =
      "communities/openjs-foundation__cross-project-council/meetings/2020/2020-09-01.md";
  private static final String OPENJS_2019 =
      "communities/openjs-foundation__cross-project-council/meetings/2019/2019-06-19.md";
  private static final String OPENJS_2018 =
      "communities/openjs-foundation__cross-project-council/meetings/2018/2018-11-12.md";
  private static final String IOJS = "communities/nodejs__TSC/meetings/io.js/2015-05-13.md";
  private static final String OSSF = "communities/ossf__tac/minutes/2021-11-16.md";
  private static final String TC39 = "communities/tc39__notes/meetings/2014-01/jan-30.md";

  @Test
  void withoutFrontMatterTheTitleIsTheFirstH1AndTheDateComesFromThePathOrTheBody() {
    assertThat(Fixtures.corpus(NODE).title())
        .isEqualTo("Node.js Foundation Technical Steering Committee (TSC) Meeting 2018-06-06");
    assertThat(Fixtures.corpus(WASM).title()).isNull();
    assertThat(Fixtures.corpus(WASM).date()).isEqualTo(LocalDate.of(2018, 3, 6));
    assertThat(Fixtures.corpus(TC39).title()).isEqualTo("January 30, 2014 Meeting Notes");
    assertThat(Fixtures.corpus(TC39).date()).isEqualTo(LocalDate.of(2014, 1, 30));
  }

  @Test
  void attendeesInTheBodyAreTheParticipantsWithoutHandleOrAffiliation() {
    assertThat(Fixtures.corpus(NODE).participants()).contains("Rich Trott", "Bradley Farias");
  }

  @Test
  void minutesNestedUnderTheAgendaTopicsLeaveOnlyTheTopLevelTopicsAsAgenda() {
    Meeting meeting = Fixtures.corpus(NODE);

    assertThat(meeting.agenda()).extracting(AgendaItem::line).doesNotContain(45, 55);
    assertThat(meeting.agenda())
        .extracting(AgendaItem::text)
        .contains("worker: initial implementation #20876");
    assertThat(meeting.decisions()).extracting(Decision::text).contains("No objection to landing");
  }

  @Test
  void aNoteTakersAssignmentIsAnActionWhenTheNotesHaveNoActionSection() {
    ActionItem rich = Fixtures.actionAt(Fixtures.corpus(NODE), 55);

    assertThat(rich.text()).isEqualTo("Rich will post in the issue that the PR can land");
    assertThat(rich.owners()).extracting(Owner::person).containsExactly("Rich Trott");
  }

  @Test
  void pollLinesAreDecisionsAndTheCallLogisticsAreNotAgenda() {
    Meeting meeting = Fixtures.corpus(WASM);

    assertThat(meeting.decisions()).extracting(Decision::line).contains(148, 170, 193);
    assertThat(meeting.agenda())
        .extracting(AgendaItem::text)
        .noneMatch(t -> t.startsWith("Host:") || t.startsWith("Times:"));
    assertThat(Fixtures.actionAt(meeting, 152).owners()).extracting(Owner::token).contains("JF");
  }

  @Test
  void actionMarkersWithOwnersAndGroupsAreActions() {
    Meeting meeting = Fixtures.corpus(OPENJS);

    assertThat(Fixtures.actionAt(meeting, 89).owners())
        .extracting(Owner::person)
        .containsExactly("Brian Warner");
    assertThat(Fixtures.actionAt(meeting, 66).owners())
        .extracting(Owner::token)
        .containsExactly("ALL");
  }

  @Test
  void decisionMarkersAndConclusionSectionsAreDecisions() {
    assertThat(Fixtures.corpus(OSSF).decisions())
        .extracting(Decision::text)
        .contains("Ranked Choice");
    assertThat(Fixtures.corpus(TC39).decisions())
        .extracting(Decision::text)
        .contains("Moved async/await to stage 1.");
  }

  @Test
  void aCommunitysOwnWordsAreOneVocabularyEntry() {
    String notes =
        "# Sitzung\n\n## Beschlüsse\n\n- Release am Montag.\n\nAufgabe: Anna schreibt die Notiz\n";
    ParseVocabulary vocabulary =
        ParseVocabulary.standard()
            .with("action-markers", List.of("Aufgabe"))
            .with("decision-headings", List.of("Beschlüsse"));

    Meeting standard = Fixtures.notes("notes/2024-03-04.md", notes);
    Meeting extended =
        new NotesParser(PeopleDirectory.empty(), vocabulary)
            .parse("notes/2024-03-04.md", notes.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(standard.actions()).isEmpty();
    assertThat(extended.actions())
        .extracting(ActionItem::text)
        .containsExactly("Anna schreibt die Notiz");
    assertThat(extended.decisions())
        .extracting(Decision::text)
        .containsExactly("Release am Montag.");
  }

  @Test
  void explainSaysWhyEachLineBecameAnItem() {
    List<LineExplanation> explained =
        new NotesParser(PeopleDirectory.empty()).explain(NODE, Fixtures.corpusBytes(NODE));

    assertThat(explained)
        .filteredOn(e -> e.line() == 55)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo("action");
              assertThat(e.why()).contains("no action section");
            });
    assertThat(explained).extracting(LineExplanation::line).isSorted();
  }

  @Test
  void aMarkerLineWhoseSentencesNameSeveralOwnersIsOneActionPerOwnedSentence() {
    assertThat(Fixtures.corpus(WASM).actions())
        .extracting(ActionItem::text)
        .contains("JF to create repo and tracking issue.", "Andreas to populate.")
        .doesNotContain("JF to create repo and tracking issue. Andreas to populate.");
    Meeting openjs = Fixtures.corpus(OPENJS_2019);
    assertThat(openjs.actions())
        .extracting(ActionItem::text)
        .contains(
            "JB to poke voting CPC reps.",
            "All to review issue #205.",
            "MD will work on a draft proposal.",
            "EA will make an issue to resolve timing of current arrangement.");
    assertThat(openjs.decisions())
        .extracting(Decision::text)
        .contains(
            "No action on the PR. Need more consensus from remaining voting CPC members who have"
                + " not weighed in.");
  }

  @Test
  void anActionMarkerLineUnderAnAgendaTopicIsNotAnAgendaItem() {
    assertThat(Fixtures.corpus(OPENJS_2019).agenda())
        .extracting(AgendaItem::text)
        .noneMatch(text -> text.startsWith("Actions:") || text.startsWith("JB to"));
  }

  @Test
  void aNestedAssignmentUnderAnAgendaTopicIsAnActionNotATopic() {
    Meeting meeting = Fixtures.corpus(OPENJS_2018);
    assertThat(meeting.actions())
        .filteredOn(action -> action.text().equals("Myles takes action to land"))
        .hasSize(2);
    assertThat(meeting.agenda())
        .extracting(AgendaItem::text)
        .doesNotContain("Myles takes action to land");
  }

  @Test
  void aLeadThatSettlesAListGivesOneDecisionPerItemJoinedToTheLead() {
    assertThat(Fixtures.corpus(IOJS).decisions())
        .extracting(Decision::text)
        .contains(
            "The io.js TC agrees to: have the io.js project join the Node Foundation",
            "The io.js TC agrees to: moving the io.js Working Groups to be under the Node"
                + " Foundation");
  }

  @Test
  void aConclusionThatAssignsIsAnActionOfTheNamedPerson() {
    assertThat(Fixtures.corpus(TC39).actions())
        .filteredOn(action -> action.text().equals("Brian to write an initial speec draft"))
        .singleElement()
        .satisfies(
            action ->
                assertThat(action.owners()).extracting(Owner::token).containsExactly("Brian"));
    assertThat(Fixtures.corpus(TC39).decisions())
        .extracting(Decision::text)
        .doesNotContain("Brian to write an initial speec draft");
  }
}
