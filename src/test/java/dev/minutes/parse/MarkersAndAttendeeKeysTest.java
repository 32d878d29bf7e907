package dev.minutes.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.notes.ActionItem;
import dev.minutes.notes.Decision;
import dev.minutes.notes.Meeting;
import dev.minutes.notes.Owner;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Marker lines that are not tasks, markers inside a line, keyed attendee lists and the Unikraft
 * shapes of issue 10, each on a real note copied into src/test/resources/corpus (sources in its
 * README).
 */
class MarkersAndAttendeeKeysTest {
  private static final String OPENJS_2019 =
      "communities/openjs-foundation__cross-project-council/meetings/2019/2019-06-19.md";

  @Test
  void anActionsLineThatReportsWorkDoneIsNotAnAction() {
    Meeting meeting = Fixtures.corpus(OPENJS_2019);

    assertThat(meeting.actions()).extracting(ActionItem::line).doesNotContain(63);
  }

  @Test
  void anActionsLineThatRecordsAResolutionIsADecision() {
    Meeting meeting = Fixtures.corpus(OPENJS_2019);

    assertThat(meeting.decisions())
        .extracting(Decision::text)
        .contains("Joe Sepi and Kris Borchers confirmed for the roles of Chair and Director");
  }

  @Test
  void aMarkerLineIsSplitAtASentenceThatIsATaskOfItsOwn() {
    Meeting meeting = Fixtures.corpus(OPENJS_2019);

    assertThat(meeting.actions())
        .extracting(ActionItem::text)
        .contains(
            "All are encouraged to update their availability based on new TSC meeting times.",
            "Will review the times next week and think about choosing a time to alternate with.");
    assertThat(meeting.nextMeeting()).isEqualTo(LocalDate.of(2019, 6, 26));
  }

  @Test
  void anAbbreviationTableGivesParticipantsAndResolvesOwners() {
    Meeting meeting = Fixtures.corpus("communities/tc39__notes/meetings/2020-06/june-1.md");

    assertThat(meeting.participants()).contains("Waldemar Horwat", "Kevin Gibbons");
    assertThat(Fixtures.actionAt(meeting, 515).owners())
        .extracting(Owner::person)
        .containsExactly("Kevin Gibbons");
  }

  @Test
  void aLineOfNamesWithInitialsGivesParticipantsAndResolvesOwners() {
    Meeting meeting = Fixtures.corpus("communities/tc39__notes/meetings/2014-01/jan-30.md");

    assertThat(meeting.participants()).startsWith("John Neumann", "Allen Wirfs-Brock");
    assertThat(meeting.actions())
        .filteredOn(action -> action.text().startsWith("YK/MN to talk through"))
        .singleElement()
        .satisfies(
            action ->
                assertThat(action.owners()).extracting(Owner::person).startsWith("Yehuda Katz"));
    assertThat(meeting.actions())
        .extracting(ActionItem::text)
        .contains(
            "Talk offline about design issues further", "Next step is to write real spec language");
    assertThat(meeting.nextMeeting()).isEqualTo(LocalDate.of(2014, 4, 8));
  }

  @Test
  void aBracketedTodoAndAPollLeadAreReadInsideTheirLines() {
    Meeting meeting = Fixtures.corpus("communities/WebAssembly__meetings/main/2023/CG-02-14.md");

    assertThat(Fixtures.actionAt(meeting, 94).text()).isEqualTo("Add slides");
    assertThat(meeting.decisions()).extracting(Decision::text).contains("Relaxed-SIMD to Phase 4");
  }

  @Test
  void aLeadInAConclusionsSectionSettlesEachItemUnderIt() {
    Meeting meeting =
        Fixtures.corpus(
            "communities/rust-lang__compiler-team/content/minutes/design-meeting/"
                + "2020-03-12-shared-library-for-types.md");

    assertThat(meeting.decisions())
        .extracting(Decision::text)
        .contains("sketch of a plan for how to do the transition: ty.kind -> ty.kind()");
    assertThat(meeting.actions()).isEmpty();
  }

  @Test
  void theDateUnderANextMeetingHeadingIsTheNextMeeting() {
    Meeting meeting = Fixtures.corpus("communities/nodejs__TSC/meetings/2015-09-30.md");

    assertThat(meeting.nextMeeting()).isEqualTo(LocalDate.of(2015, 10, 7));
  }

  @Test
  void anItemSharedAmongSeveralOwnersGivesEachOwnerTheirChild() {
    Meeting meeting = Fixtures.corpus("unikraft/discussions/musl-syscall/2023-02-22.md");

    ActionItem sqlite = Fixtures.actionAt(meeting, 129);
    assertThat(sqlite.text()).isEqualTo("Continue the testing of the chosen apps. sqlite app");
    assertThat(sqlite.owners()).extracting(Owner::token).containsExactly("SJ");
    assertThat(meeting.actions()).extracting(ActionItem::line).doesNotContain(127);
  }

  @Test
  void aLeadThatCountsWorkGivesEachItemAsATask() {
    Meeting meeting = Fixtures.corpus("unikraft/discussions/vmm/2023-07-19.md");

    assertThat(Fixtures.actionAt(meeting, 39).text()).isEqualTo("3 PRs: Create PR for e1000.");
    assertThat(Fixtures.actionAt(meeting, 39).owners()).isEmpty();
  }

  @Test
  void aBareTodoPlaceholderIsNeitherActionNorDecision() {
    Meeting meeting = Fixtures.corpus("unikraft/discussions/events/2022-02-02.md");

    assertThat(meeting.actions()).extracting(ActionItem::text).doesNotContain("TODO");
    assertThat(meeting.decisions()).extracting(Decision::text).doesNotContain("TODO");
  }

  @Test
  void mentionsJoinedByAndAreAllOwners() {
    Meeting meeting =
        Fixtures.corpus("communities/ipfs__team-mgmt/meeting-notes/2016/Q3/2016-08-29--libp2p.md");

    ActionItem chat = Fixtures.actionAt(meeting, 80);
    assertThat(chat.owners()).extracting(Owner::token).containsExactly("diasdavid", "richard");
    assertThat(chat.text()).isEqualTo("chat tuesday, make a roadmap for libp2p.io");
  }
}
