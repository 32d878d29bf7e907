package dev.minutes.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.items.IssueLink;
import dev.minutes.items.WrittenIssue;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IssueEditPlanTest {
  static final String MARKER = IssueDraft.markerFor("k-1");
  static final String OLD_PART = IssueBody.BEGIN + "\n- Owners: RD\n- Due: 2024-03-08\n" + MARKER;
  static final String NEW_PART = IssueBody.BEGIN + "\n- Owners: CC\n- Due: 2024-03-15\n" + MARKER;
  static final WrittenIssue WRITTEN = new WrittenIssue("Old title", OLD_PART, List.of("razvand"));

  static TrackerIssue issue(String title, String body, List<String> assignees) {
    return new TrackerIssue(
        new IssueRef("o/r", 1),
        "https://github.example/o/r/issues/1",
        false,
        IssueLink.State.OPEN,
        null,
        title,
        body,
        assignees,
        List.of("minutes"));
  }

  static IssueDraft draft(String title, List<String> assignees) {
    return new IssueDraft(title, NEW_PART + "\n", assignees, List.of("minutes"), MARKER);
  }

  @Test
  void bringsTitleGeneratedPartAndAssigneesInStepAndKeepsWhatPeopleWroteBelow() {
    TrackerIssue untouched =
        issue("Old title", OLD_PART + "\n\nA note from a person.", List.of("razvand"));

    IssueEditPlan plan =
        IssueEditPlan.of(untouched, Optional.of(WRITTEN), draft("New title", List.of("cezar")));

    assertThat(plan.edit().title()).isEqualTo("New title");
    assertThat(plan.edit().body()).isEqualTo(NEW_PART + "\n\nA note from a person.");
    assertThat(plan.edit().assignees()).containsExactly("cezar");
    assertThat(plan.edit().labels()).isNull();
    assertThat(plan.written()).isEqualTo(new WrittenIssue("New title", NEW_PART, List.of("cezar")));
  }

  @Test
  void leavesATitleAndABodyPeopleChangedOnGitHubAsTheyAre() {
    String handEdited = OLD_PART.replace("2024-03-08", "next week");
    TrackerIssue edited = issue("Better title by a person", handEdited, List.of("razvand"));

    IssueEditPlan plan =
        IssueEditPlan.of(edited, Optional.of(WRITTEN), draft("New title", List.of("razvand")));

    assertThat(plan.edit()).isEqualTo(IssueEdit.NONE);
    assertThat(plan.written().title()).isEqualTo("Old title");
  }

  @Test
  void keepsAnAssigneeAPersonAddedAndRemovesOnlyTheOneMinutesHadAssigned() {
    TrackerIssue withHelper = issue("Old title", OLD_PART, List.of("razvand", "helper"));

    IssueEditPlan plan =
        IssueEditPlan.of(withHelper, Optional.of(WRITTEN), draft("Old title", List.of("cezar")));

    assertThat(plan.edit().assignees()).containsExactly("helper", "cezar");
  }

  @Test
  void anIssueAlreadyInStepNeedsNoRequest() {
    TrackerIssue inStep = issue("New title", NEW_PART, List.of("cezar"));
    WrittenIssue written = new WrittenIssue("New title", NEW_PART, List.of("cezar"));

    assertThat(
            IssueEditPlan.of(inStep, Optional.of(written), draft("New title", List.of("cezar")))
                .edit()
                .isEmpty())
        .isTrue();
  }

  @Test
  void anIssueOpenedBeforeMinutesKeptWhatItWroteIsTakenAsUntouched() {
    TrackerIssue old = issue("Old title", "Old body, no begin marker\n" + MARKER, List.of());

    IssueEditPlan plan = IssueEditPlan.of(old, Optional.empty(), draft("New title", List.of()));

    assertThat(plan.edit().title()).isEqualTo("New title");
    assertThat(plan.edit().body()).isEqualTo(NEW_PART);
  }

  @Test
  void anEditThatLandedBeforeARunDiedIsRecordedNotSentAgain() {
    TrackerIssue alreadyEdited = issue("New title", NEW_PART, List.of("cezar"));

    IssueEditPlan plan =
        IssueEditPlan.of(alreadyEdited, Optional.of(WRITTEN), draft("New title", List.of("cezar")));

    assertThat(plan.edit().isEmpty()).isTrue();
    assertThat(plan.written()).isEqualTo(new WrittenIssue("New title", NEW_PART, List.of("cezar")));
  }
}
