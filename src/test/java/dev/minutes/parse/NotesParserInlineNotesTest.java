package dev.minutes.parse;

import static dev.minutes.parse.Fixtures.actionWithText;
import static dev.minutes.parse.Fixtures.notes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.notes.ActionItem;
import dev.minutes.notes.Decision;
import dev.minutes.notes.Meeting;
import dev.minutes.notes.Owner;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.people.Person;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Variants the corpus does not show (or shows rarely), as small inline notes. */
class NotesParserInlineNotesTest {
  private static final String FRONT =
      """
      ---
      title: Weekly sync
      datetime: 2024-05-06T10:00:00+02:00
      participants: [Alice Smith, Bob Jones, RăzvanD, ȘtefanJ, AlexJ]
      ---
      """;

  private static Meeting withFront(String body) {
    return notes("notes/2024-05-06-sync.md", FRONT + body);
  }

  @Test
  void aListElementHoldingSeveralCommaSeparatedTeamsIsSplit() {
    Meeting meeting =
        notes(
            "notes/2024-05-06-compat.md",
            "---\ndatetime: 2024-05-06T10:00:00+02:00\nteams:\n- app-compat, syscall,"
                + " bincompat\n---\n");

    assertThat(meeting.teams()).containsExactly("app-compat", "syscall", "bincompat");
  }

  @Test
  void uncheckedTaskWithMentionIsAnOpenActionOfThatPerson() {
    Meeting meeting = withFront("\n## Action items\n\n- [ ] @alice write the release notes\n");

    ActionItem item = actionWithText(meeting, "write the release notes");
    assertThat(item.owners()).containsExactly(new Owner("alice", "Alice Smith"));
    assertThat(item.done()).isFalse();
    assertThat(item.line()).isEqualTo(9);
  }

  @Test
  void checkedTaskIsADoneAction() {
    Meeting meeting = withFront("\n## Action items\n\n- [x] BJ: update the CI matrix\n");

    ActionItem item = actionWithText(meeting, "update the CI matrix");
    assertThat(item.done()).isTrue();
    assertThat(item.owners()).containsExactly(new Owner("BJ", "Bob Jones"));
  }

  @Test
  void taskListItemOutsideTheActionSectionIsStillAnAction() {
    Meeting meeting = withFront("\n## Discussion\n\n- [ ] AS: book the room\n- just talk\n");

    assertThat(meeting.actions())
        .extracting(ActionItem::text, ActionItem::section)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("book the room", "Discussion"));
  }

  @Test
  void todoActionAndAiPrefixesMarkActionsAnywhere() {
    Meeting meeting =
        withFront(
            """

            ## Discussion

            We talked.

            TODO: BJ: file an issue about the flaky test

            ACTION: SJ: draft the CFP

            AI: AJ: update the roadmap

            TODO: clean up the wiki
            """);

    assertThat(meeting.actions())
        .extracting(ActionItem::text, a -> a.owners().stream().map(Owner::token).toList())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "file an issue about the flaky test", List.of("BJ")),
            org.assertj.core.groups.Tuple.tuple("draft the CFP", List.of("SJ")),
            org.assertj.core.groups.Tuple.tuple("update the roadmap", List.of("AJ")),
            org.assertj.core.groups.Tuple.tuple("clean up the wiki", List.of()));
    assertThat(meeting.warnings())
        .anyMatch(w -> w.code().equals("action-without-owner") && w.line() == 17);
  }

  @Test
  void ownerNamedAtTheStartOfTheTextOwnsTheAction() {
    Meeting meeting =
        withFront(
            "\n## Next steps\n\nBob will look into the build failures.\n\nRD to ping the team.\n");

    assertThat(actionWithText(meeting, "Bob will look into the build failures.").owners())
        .containsExactly(new Owner("Bob", "Bob Jones"));
    assertThat(actionWithText(meeting, "RD to ping the team.").owners())
        .containsExactly(new Owner("RD", "RăzvanD"));
  }

  @Test
  void ownerNamedAtTheEndOfTheTextOwnsTheAction() {
    Meeting meeting = withFront("\n## TODOs\n\n- cpuid PR - Updates needed from Bob\n");

    assertThat(actionWithText(meeting, "cpuid PR - Updates needed from Bob").owners())
        .containsExactly(new Owner("Bob", "Bob Jones"));
  }

  @Test
  void ownerNamedInTheTextAfterATodoMarkerOwnsTheAction() {
    Meeting meeting = withFront("\n## Discussion\n\n- TODO: RD to review the PR\n");

    assertThat(meeting.actions()).hasSize(1);
    assertThat(meeting.actions().get(0).owners()).containsExactly(new Owner("RD", "RăzvanD"));
    assertThat(meeting.warnings()).noneMatch(w -> w.code().equals("action-without-owner"));
  }

  @Test
  void decisionAndAgreedPrefixesAreDecisionsAnywhere() {
    Meeting meeting =
        withFront(
            """

            ## Discussion

            Decision: we ship 0.17 in June

            - Agreed: keep the meeting weekly
            """);

    assertThat(meeting.decisions())
        .containsExactly(
            new Decision("we ship 0.17 in June", 9), new Decision("keep the meeting weekly", 11));
    assertThat(meeting.actions()).isEmpty();
  }

  @Test
  void actionSectionLinesThatAssignNobodyAreDecisions() {
    Meeting meeting =
        withFront("\n## Action items\n\n- Release 0.18 will happen on Monday, July 1, 2024.\n");

    assertThat(meeting.decisions())
        .containsExactly(new Decision("Release 0.18 will happen on Monday, July 1, 2024.", 9));
    assertThat(meeting.actions()).isEmpty();
  }

  @Test
  void ownerListJoinedWithSlashAndAndAndMixedCaseInitialsKeepsTokensAsWritten() {
    Meeting meeting = withFront("\n## TODOs\n\nAS/BJ/RdS: triage\n\nAJ and SJ: pair on it\n");

    assertThat(actionWithText(meeting, "triage").owners())
        .extracting(Owner::token)
        .containsExactly("AS", "BJ", "RdS");
    assertThat(actionWithText(meeting, "pair on it").owners())
        .containsExactly(new Owner("AJ", "AlexJ"), new Owner("SJ", "ȘtefanJ"));
  }

  @Test
  void ownerLineEndingInAColonGivesTheFollowingListItemsThatOwner() {
    Meeting meeting = withFront("\n## TODOs\n\nBJ:\n- fix CI\n- bump deps\n");

    assertThat(meeting.actions())
        .extracting(ActionItem::text, ActionItem::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("fix CI", 10),
            org.assertj.core.groups.Tuple.tuple("bump deps", 11));
    assertThat(meeting.actions())
        .allSatisfy(a -> assertThat(a.owners()).containsExactly(new Owner("BJ", "Bob Jones")));
  }

  @Test
  void subSectionOfTheActionSectionKeepsTheActionSectionName() {
    Meeting meeting = withFront("\n## Action items\n\n### Release\n\nBJ: tag 0.17\n");

    assertThat(actionWithText(meeting, "tag 0.17").section()).isEqualTo("Action items");
  }

  @Test
  void shortRepoReferencesAndIssueUrlsAreRefsButOtherUrlsAreNot() {
    Meeting meeting =
        withFront(
            "\n## TODOs\n\nBJ: see unikraft/unikraft#1234 and"
                + " https://github.com/unikraft/app-nginx/issues/7 and https://example.org/x\n");

    assertThat(meeting.actions().get(0).refs())
        .containsExactly(
            "https://github.com/unikraft/app-nginx/issues/7", "unikraft/unikraft#1234");
  }

  @Test
  void dueDateOfAnItemIsResolvedAgainstTheMeetingDate() {
    Meeting meeting =
        withFront(
            """

            ## TODOs

            - BJ: write the release notes by Friday
            - AS: prepare slides next week
            - AJ: clean up the wiki by end of the month
            - SJ: draft the CFP in two weeks
            - RD: merge it no later than May 20, 2024
            - BJ: review tomorrow
            - AS: nothing urgent
            """);

    assertThat(meeting.actions())
        .extracting(ActionItem::due)
        .containsExactly(
            LocalDate.of(2024, 5, 10),
            LocalDate.of(2024, 5, 17),
            LocalDate.of(2024, 5, 31),
            LocalDate.of(2024, 5, 20),
            LocalDate.of(2024, 5, 20),
            LocalDate.of(2024, 5, 7),
            null);
  }

  @Test
  void statedNextMeetingIsTheDueDateOfItemsForTheNextMeeting() {
    Meeting meeting =
        withFront(
            "\n## TODOs\n\n- BJ: collect feedback before the next meeting\n\n"
                + "## Notes\n\nWe meet next on May 13, 2024.\n");

    assertThat(meeting.nextMeeting()).isEqualTo(LocalDate.of(2024, 5, 13));
    assertThat(meeting.actions().get(0).due()).isEqualTo(LocalDate.of(2024, 5, 13));
  }

  @Test
  void aDeadlineThatCannotBeReadIsAWarningNotAGuess() {
    Meeting meeting = withFront("\n## TODOs\n\n- BJ: send it, deadline: whenever\n");

    assertThat(meeting.actions().get(0).due()).isNull();
    assertThat(meeting.warnings())
        .anyMatch(w -> w.code().equals("unparsable-due-date") && w.line() == 9);
  }

  @Test
  void initialsAreInferredIgnoringDiacriticsAndCase() {
    Meeting meeting =
        notes(
            "n.md",
            """
            ---
            participants: [răzvanD, Ștefan Jumărea, Kha Dinh]
            ---

            ## TODOs

            RD: one
            ȘJ: two
            KD: three
            """);

    assertThat(meeting.actions())
        .extracting(a -> a.owners().get(0).person())
        .containsExactly("răzvanD", "Ștefan Jumărea", "Kha Dinh");
  }

  @Test
  void twoParticipantsWithTheSameInitialsMakeTheOwnerAmbiguous() {
    Meeting meeting =
        notes(
            "n.md",
            """
            ---
            participants: [RăzvanD, RaduDumitru]
            ---

            ## TODOs

            RD: one
            """);

    assertThat(meeting.actions().get(0).owners()).containsExactly(new Owner("RD", null));
    assertThat(meeting.warnings())
        .anyMatch(w -> w.code().equals("ambiguous-owner") && w.line() == 7);
  }

  @Test
  void theDirectoryResolvesAnAliasAndNamesThePersonWhenNotAttending() {
    PeopleDirectory people =
        PeopleDirectory.of(
            List.of(new Person("Edi Vintilă", List.of("EV"), List.of("Edi"), "edivintila", null)));
    Meeting meeting =
        notes(
            "n.md",
            "---\nparticipants: [Alice]\n---\n\n## TODOs\n\nEV: one\n\n@edivintila: two\n",
            people);

    assertThat(meeting.actions())
        .extracting(a -> a.owners().get(0))
        .containsExactly(new Owner("EV", "Edi Vintilă"), new Owner("edivintila", "Edi Vintilă"));
    assertThat(meeting.warnings()).noneMatch(w -> w.code().endsWith("-owner"));
  }

  @Test
  void anOwnerTheDirectoryGivesToTwoPeopleIsNotResolved() {
    PeopleDirectory people =
        PeopleDirectory.of(
            List.of(
                new Person("Răzvan Deaconescu", List.of("RD"), List.of(), null, null),
                new Person("Radu Dumitru", List.of("RD"), List.of(), null, null)));
    Meeting meeting =
        notes("n.md", "---\nparticipants: [Alice]\n---\n\n## TODOs\n\nRD: one\n", people);

    assertThat(meeting.actions().get(0).owners()).containsExactly(new Owner("RD", null));
    assertThat(meeting.warnings()).anyMatch(w -> w.code().endsWith("-owner"));
  }
}
