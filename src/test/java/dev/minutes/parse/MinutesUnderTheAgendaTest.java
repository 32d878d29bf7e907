package dev.minutes.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.notes.AgendaItem;
import dev.minutes.notes.Decision;
import dev.minutes.notes.Meeting;
import dev.minutes.notes.Owner;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Minutes written as nested bullets under the agenda topics, as OpenJS, Node.js, OpenSSF and Rust
 * write them: which lines are topics, and what the lines under them record. Each case is a real
 * note copied into src/test/resources/corpus/communities (sources in its README).
 */
class MinutesUnderTheAgendaTest {
  private static final String OPENJS_2024 =
      "communities/openjs-foundation__cross-project-council/meetings/2024/2024-04-02.md";
  private static final String OPENJS_2018 =
      "communities/openjs-foundation__cross-project-council/meetings/2018/2018-11-12.md";
  private static final String OSSF_2022 = "communities/ossf__tac/minutes/2022-08-23.md";
  private static final String OSSF_2020 = "communities/ossf__tac/minutes/2020-09-08.md";
  private static final String NODE_2025 = "communities/nodejs__TSC/meetings/2025-01-22.md";
  private static final String RUST_TRIAGE =
      "communities/rust-lang__compiler-team/content/minutes/triage-meeting/"
          + "T-compiler Meeting Agenda 2020-04-09.md";

  @Test
  void aTopicGroupHeadingUnderTheAgendaIsMoreAgendaNotTheMinutes() {
    Meeting meeting = Fixtures.corpus(NODE_2025);

    assertThat(meeting.agenda())
        .extracting(AgendaItem::text)
        .contains("CPC updates", "Let's talk about the CI situation #1614");
  }

  @Test
  void aHeadingThatNamesATopicDoesNotEndAnAgendaThatHoldsTheMinutes() {
    Meeting meeting = Fixtures.corpus(OPENJS_2018);

    assertThat(meeting.agenda())
        .extracting(AgendaItem::text)
        .containsExactly(
            "Draft Staging Process #23",
            "Governance stage 1 #32",
            "First Pass at Bootstrap Process #7",
            "Create expectations for foundation draft #6",
            "How often / when do we meet? #21",
            "Drafting initial governance for merged foundation #33");
  }

  @Test
  void linkOnlyItemsAndTheLinesAfterATopicAreNotTopics() {
    Meeting meeting = Fixtures.corpus(OPENJS_2024);

    assertThat(meeting.agenda())
        .extracting(AgendaItem::text)
        .contains(
            "Looking for members interested in helping with the Annual Ecosystem Report #1253")
        .noneMatch(text -> text.startsWith("https://"))
        .noneMatch(text -> text.contains("Adrian is taking this forward"))
        .noneMatch(text -> text.startsWith("Will discuss recent xz utils exploit"));
  }

  @Test
  void aLabelParagraphOpensTheAgendaAndSkippedItemsListedUnderALeadAreTopics() {
    Meeting meeting = Fixtures.corpus(OSSF_2022);

    assertThat(meeting.agenda()).hasSize(8);
    assertThat(meeting.agenda())
        .extracting(AgendaItem::text)
        .contains("Blog Post RE npm best practices - JBly")
        .doesNotContain("Out of time for this meeting! Skipped agenda items:", "Deck");
  }

  @Test
  void aLoneTopLevelItemGroupsTheTopicsUnderIt() {
    Meeting meeting = Fixtures.corpus(OSSF_2020);

    assertThat(meeting.agenda())
        .extracting(AgendaItem::text)
        .contains("Administrative updates", "Governing Board updates [kayw]")
        .doesNotContain("Slack");
  }

  @Test
  void anAgendaDocumentKeepsItsNestedItems() {
    Meeting meeting = Fixtures.corpus(RUST_TRIAGE);

    assertThat(meeting.agenda())
        .extracting(AgendaItem::text)
        .contains("Waiting on final comment period to elapse.");
  }

  @Test
  void aParticipantGivenATaskInAnyClauseOwnsIt() {
    Meeting openjs = Fixtures.corpus(OPENJS_2024);
    Meeting node = Fixtures.corpus(NODE_2025);
    Meeting ossf = Fixtures.corpus(OSSF_2020);

    assertThat(Fixtures.actionAt(openjs, 28).owners())
        .extracting(Owner::person)
        .containsExactly("Joe Sepi");
    assertThat(Fixtures.actionAt(openjs, 61).owners())
        .extracting(Owner::token)
        .containsExactly("Robin");
    assertThat(Fixtures.actionAt(openjs, 70).owners())
        .extracting(Owner::token)
        .containsExactly("Wes", "Ulises");
    assertThat(Fixtures.actionAt(node, 124).text())
        .isEqualTo("CPC approved, Matteo will land after meeting");
    assertThat(Fixtures.actionAt(node, 127).owners())
        .extracting(Owner::token)
        .containsExactly("TSC members");
    assertThat(Fixtures.actionAt(ossf, 60).owners())
        .extracting(Owner::token)
        .containsExactly("Kay", "David");
  }

  @Test
  void anUnknownAcronymAsSubjectIsNotAnOwner() {
    Meeting ossf = Fixtures.corpus(OSSF_2020);

    assertThat(ossf.actions())
        .noneMatch(action -> action.text().startsWith("TAC needs to formalize"));
  }

  @Test
  void aVoteRecordIsADecisionOnlyWithContentOfItsOwn() {
    Meeting meeting = Fixtures.corpus(OSSF_2022);

    assertThat(meeting.decisions())
        .extracting(Decision::text)
        .contains("All agreed, TAC must have that hammer.", "+1 to allow either model, 5-0")
        .doesNotContain("All +1 from TAC", "5-0 affirm today");
  }

  @Test
  void meetingNextWeekIsTheSameWeekdayAWeekLater() {
    Meeting meeting =
        Fixtures.corpus(
            "communities/openjs-foundation__cross-project-council/meetings/2020/2020-09-01.md");

    assertThat(meeting.nextMeeting()).isEqualTo(LocalDate.of(2020, 9, 8));
  }
}
