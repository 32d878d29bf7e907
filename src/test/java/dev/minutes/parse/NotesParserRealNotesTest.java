package dev.minutes.parse;

import static dev.minutes.parse.Fixtures.actionAt;
import static dev.minutes.parse.Fixtures.codes;
import static dev.minutes.parse.Fixtures.corpus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.minutes.notes.ActionItem;
import dev.minutes.notes.AgendaItem;
import dev.minutes.notes.Decision;
import dev.minutes.notes.Meeting;
import dev.minutes.notes.Owner;
import dev.minutes.notes.Statement;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.people.Person;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the parser reads in real Unikraft notes (copied to src/test/resources/corpus). */
class NotesParserRealNotesTest {
  private static final String MAINTAINERS = "unikraft/discussions/maintainers/2024/2024-03-04.md";
  private static final String FEB_10 = "unikraft/discussions/community/2023/2023-02-10.md";
  private static final String FEB_17 = "unikraft/discussions/community/2023/2023-02-17.md";
  private static final String MAR_13 = "unikraft/discussions/community/2023/2023-03-13.md";
  private static final String JUN_28 = "unikraft/discussions/community/2023/2023-06-28.md";

  @Test
  void frontMatterGivesTitleDatetimeWithOffsetTagsTeamsAndParticipantsAsWritten() {
    Meeting meeting = corpus(MAINTAINERS);

    assertThat(meeting.source()).isEqualTo(MAINTAINERS);
    assertThat(meeting.title()).isEqualTo("Maintainers Meeting, March 4, 2024");
    assertThat(meeting.datetime()).isEqualTo(OffsetDateTime.parse("2024-03-04T11:00:00+02:00"));
    assertThat(meeting.date()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(meeting.tags()).containsExactly("unikraft", "maintainers");
    assertThat(meeting.teams()).containsExactly("maintainers");
    assertThat(meeting.location()).startsWith("Online, Discord (https://bit.ly/UnikraftDiscord)");
    assertThat(meeting.participants())
        .containsExactly("Simon", "Sergiu", "Cezar", "ȘtefanJ", "RăzvanD");
    assertThat(meeting.nextMeeting()).isNull();
  }

  @Test
  void agendaUnderAnEmojiHeadingIsEveryListEntryWithItsLine() {
    assertThat(corpus(MAINTAINERS).agenda())
        .extracting(AgendaItem::text, AgendaItem::line)
        .containsExactly(
            tuple("Updates to linuxu deprecation decision (are there any?)", 18),
            tuple("Next release plans", 19),
            tuple("Student projects (diploma, master, GSoC)", 20),
            tuple("FAQ docs", 21),
            tuple("Anything else", 22));
  }

  @Test
  void singleOwnerParagraphsInTheActionSectionAreActionsWithInferredInitials() {
    Meeting meeting = corpus(MAINTAINERS);

    assertThat(meeting.actions())
        .extracting(ActionItem::text, ActionItem::line, ActionItem::section, ActionItem::owners)
        .containsExactly(
            tuple(
                "Create a GitHub project 0.16.3.",
                114,
                "TODOs and Decisions",
                List.of(new Owner("RD", "RăzvanD"))),
            tuple(
                "Look into this week: nightly builds.",
                116,
                "TODOs and Decisions",
                List.of(new Owner("CC", "Cezar"))));
    assertThat(meeting.decisions()).isEmpty();
  }

  @Test
  void thisWeekIsTheFridayOfTheMeetingsWeek() {
    assertThat(actionAt(corpus(MAINTAINERS), 116).due()).isEqualTo(LocalDate.of(2024, 3, 8));
    assertThat(actionAt(corpus(MAINTAINERS), 114).due()).isNull();
  }

  @Test
  void discussionKeepsTheSubSectionAndTheSpeakerOfEachStatement() {
    List<Statement> discussion = corpus(MAINTAINERS).discussion();

    assertThat(discussion)
        .contains(
            new Statement(null, "SK", "Maybe move it out part of re arch.", 26),
            new Statement("0.16.3", null, "Small fixes / updates.", 32),
            new Statement(
                "0.16.3",
                "SK",
                "For this iteration, only update the libraries that are currently used.",
                49));
  }

  @Test
  void discussionListsAreNeitherActionsNorDecisions() {
    Meeting meeting = corpus(MAINTAINERS);

    assertThat(meeting.actions()).allMatch(a -> a.section().equals("TODOs and Decisions"));
    assertThat(meeting.decisions()).extracting(Decision::text).doesNotContain("signals");
  }

  @Test
  void ownerLineFollowedByListGivesEachTaskThatOwner() {
    Meeting meeting = corpus(FEB_17);

    List<ActionItem> fromLead =
        meeting.actions().stream().filter(a -> a.line() >= 44 && a.line() <= 50).toList();
    assertThat(fromLead).hasSize(7);
    assertThat(fromLead)
        .allSatisfy(
            a -> {
              assertThat(a.owners()).extracting(Owner::token).containsExactly("RD");
              assertThat(a.text()).startsWith("Input needed on the status of PRs: ");
            });
    assertThat(fromLead.get(0).text())
        .isEqualTo(
            "Input needed on the status of PRs: Macronized ring buffer - Have someone work on this");
  }

  @Test
  void ownerOnItsOwnLineOwnsTheNextLine() {
    ActionItem review = actionAt(corpus(FEB_17), 58);

    assertThat(review.owners()).extracting(Owner::token).containsExactly("SK");
    assertThat(review.text()).isEqualTo("Review https://github.com/unikraft/unikraft/pull/510");
    assertThat(review.refs()).containsExactly("https://github.com/unikraft/unikraft/pull/510");
  }

  @Test
  void ownersJoinedByAndAreAllOwnersInOrder() {
    ActionItem reopen = actionAt(corpus(FEB_17), 55);

    assertThat(reopen.owners()).containsExactly(new Owner("MP", "Marco"), new Owner("SK", null));
    assertThat(reopen.text()).isEqualTo("Reopen discussion on zeroing out the .bss on runtime");
    assertThat(codes(corpus(FEB_17))).contains("unknown-owner");
  }

  @Test
  void aLinkKeepsItsVisibleTextAndItsTargetIsNotARef() {
    ActionItem status = actionAt(corpus(FEB_17), 52);

    assertThat(status.text())
        .isEqualTo(
            "Status of discussion with Maria on PR Adding flags for cross-compiler LLVM target");
    assertThat(status.refs()).isEmpty();
  }

  @Test
  void aParticipantsFullNameAsOwnerIsThatParticipant() {
    assertThat(actionAt(corpus(FEB_17), 61).owners()).containsExactly(new Owner("Marco", "Marco"));
  }

  @Test
  void slashSeparatedOwnersAreAllListedInOrderWithTheirPeople() {
    ActionItem item = actionAt(corpus(MAR_13), 142);

    assertThat(item.owners())
        .containsExactly(
            new Owner("AP", null), new Owner("RD", "RăzvanD"), new Owner("SJ", "ȘtefanJ"));
    assertThat(item.refs()).containsExactly("https://github.com/unikraft/unikraft/pull/773");
  }

  @Test
  void initialsSharedByTwoParticipantsAreAmbiguousNotAGuess() {
    Meeting meeting = corpus(MAR_13);

    // AP: Antoinne or Andra? Both are single-name participants starting with A.
    assertThat(actionAt(meeting, 142).owners().get(0).person()).isNull();
    assertThat(meeting.warnings())
        .anySatisfy(
            w -> {
              assertThat(w.code()).isEqualTo("ambiguous-owner");
              assertThat(w.line()).isEqualTo(142);
              assertThat(w.message()).contains("'AP'");
            });
  }

  @Test
  void initialsOfNobodyPresentGiveNullPersonAndAnUnknownOwnerWarningOnTheItemsLine() {
    Meeting meeting = corpus(MAR_13);

    assertThat(actionAt(meeting, 120).owners()).containsExactly(new Owner("EV", null));
    assertThat(meeting.warnings())
        .anySatisfy(
            w -> {
              assertThat(w.code()).isEqualTo("unknown-owner");
              assertThat(w.line()).isEqualTo(120);
              assertThat(w.message()).contains("'EV'");
            });
  }

  @Test
  void severalUrlsInOneItemAreAllRefs() {
    assertThat(actionAt(corpus(MAR_13), 102).refs())
        .containsExactly(
            "https://github.com/unikraft/unikraft/pull/790",
            "https://github.com/unikraft/unikraft/pull/799");
  }

  @Test
  void proseInTheActionSectionThatAssignsNothingIsADecisionWithContinuationLinesJoined() {
    Meeting meeting = corpus(FEB_10);

    assertThat(meeting.decisions())
        .containsExactly(
            new Decision(
                "Release 0.13 will happen on Monday, May 1, 2023. A feature-freeze will happen one"
                    + " week before, on Monday, April 24, 2023.",
                90));
  }

  @Test
  void everyoneIsAGroupOwnerWithoutPersonAndWithoutWarning() {
    Meeting meeting = corpus(FEB_10);

    ActionItem item = actionAt(meeting, 95);
    assertThat(item.owners()).containsExactly(new Owner("Everyone", null));
    assertThat(item.text())
        .isEqualTo("Focus on doing reviews as soon as you are assigned to them.");
    assertThat(meeting.warnings()).noneMatch(w -> w.line() == 95);
  }

  @Test
  void listItemOwnersIncludingLowerCaseEveryoneAreActions() {
    Meeting meeting = corpus(JUN_28);

    assertThat(actionAt(meeting, 62).owners()).containsExactly(new Owner("RD", "RăzvanD"));
    assertThat(actionAt(meeting, 62).text()).isEqualTo("publish GSoC blog posts");
    assertThat(actionAt(meeting, 66).owners()).containsExactly(new Owner("everyone", null));
  }

  @Test
  void aNestedItemUnderAnOwnedItemKeepsTheOwner() {
    ActionItem nested = actionAt(corpus(JUN_28), 69);

    assertThat(nested.owners()).extracting(Owner::token).containsExactly("RD");
    assertThat(nested.text())
        .isEqualTo("To be added to the Governance repository based on changesets");
  }

  @Test
  void todoPrefixWithoutOwnerIsAnActionWithAWarning() {
    Meeting meeting = corpus(JUN_28);

    ActionItem item = actionAt(meeting, 138);
    assertThat(item.owners()).isEmpty();
    assertThat(item.text())
        .isEqualTo("Find owner: https://github.com/unikraft/unikraft/pull/773 (simple)");
    assertThat(meeting.warnings())
        .anyMatch(w -> w.code().equals("action-without-owner") && w.line() == 138);
  }

  @Test
  void inTwoWeeksIsFourteenDaysAfterTheMeeting() {
    assertThat(actionAt(corpus(JUN_28), 87).due()).isEqualTo(LocalDate.of(2023, 7, 12));
  }

  @Test
  void thePeopleDirectoryNamesAnOwnerNoParticipantMatches() {
    PeopleDirectory people =
        PeopleDirectory.of(
            List.of(
                new Person("Simon Kuenzer", List.of("SK"), List.of("Simon"), null, null),
                new Person("Edi Vintilă", List.of("EV"), List.of(), null, null)));

    Meeting meeting = corpus(MAR_13, people);

    assertThat(actionAt(meeting, 120).owners()).containsExactly(new Owner("EV", "Edi Vintilă"));
    assertThat(meeting.warnings())
        .noneMatch(w -> w.line() == 120 && w.code().equals("unknown-owner"));
  }

  @Test
  void thePeopleDirectoryOverridesInferenceButUsesTheParticipantsSpellingWhenPresent() {
    PeopleDirectory people =
        PeopleDirectory.of(
            List.of(
                new Person("Răzvan Deaconescu", List.of("RD"), List.of("RăzvanD"), null, null),
                new Person("Cezar Crăciunoiu", List.of("CC"), List.of("Cezar"), null, null)));

    Meeting attending = corpus(MAINTAINERS, people);
    Meeting absent = corpus(FEB_17, people);

    assertThat(actionAt(attending, 114).owners()).containsExactly(new Owner("RD", "RăzvanD"));
    assertThat(actionAt(absent, 44).owners()).containsExactly(new Owner("RD", "Răzvan Deaconescu"));
  }

  @Test
  void itemIdsAreStableForTheSameContentAndDistinctWithinAFile() {
    Meeting first = corpus(MAR_13);
    Meeting second = corpus(MAR_13);

    assertThat(first.actions())
        .extracting(ActionItem::id)
        .isEqualTo(second.actions().stream().map(ActionItem::id).toList())
        .doesNotHaveDuplicates()
        .allMatch(id -> id.matches("[0-9a-f]{16}"));
  }
}
