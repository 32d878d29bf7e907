package dev.minutes.tracker;

import dev.minutes.items.WrittenIssue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides how to bring an issue Minutes opened in step with its item, without undoing what people
 * did on GitHub: a title or generated body part that differs from what Minutes last wrote was
 * changed by someone and is left alone; assignees are merged three ways (Minutes adds the owners it
 * did not assign before and removes only the ones it assigned itself); labels are only ever added.
 * A field that already reads as the draft needs nothing, which also repairs a run that died between
 * editing and recording the edit.
 *
 * @param edit what to send, {@link IssueEdit#NONE} when the issue is already in step
 * @param written what Minutes will have written once the edit is done
 */
public record IssueEditPlan(IssueEdit edit, WrittenIssue written) {

  /**
   * @param last what Minutes last wrote; empty for an issue opened before Minutes kept it, whose
   *     current state is then taken as Minutes' own
   */
  public static IssueEditPlan of(
      TrackerIssue issue, Optional<WrittenIssue> last, IssueDraft draft) {
    Optional<String> currentPart = IssueBody.generatedPart(issue.body(), draft.marker());
    WrittenIssue before =
        last.orElseGet(
            () -> new WrittenIssue(issue.title(), currentPart.orElse(null), issue.assignees()));

    String title = null;
    String writtenTitle = before.title();
    if (draft.title().equals(issue.title())) {
      writtenTitle = draft.title();
    } else if (Objects.equals(issue.title(), before.title())) {
      title = draft.title();
      writtenTitle = draft.title();
    }

    String body = null;
    String writtenBody = before.body();
    String generated = draft.generated();
    if (currentPart.isPresent() && generated.equals(currentPart.get())) {
      writtenBody = generated;
    } else if (currentPart.isPresent() && currentPart.get().equals(before.body())) {
      body = IssueBody.replaceGenerated(issue.body(), draft.marker(), generated);
      writtenBody = generated;
    }

    Set<String> assignees = new LinkedHashSet<>(issue.assignees());
    before.assignees().stream()
        .filter(login -> !draft.assignees().contains(login))
        .forEach(assignees::remove);
    draft.assignees().stream()
        .filter(login -> !before.assignees().contains(login))
        .forEach(assignees::add);
    boolean assigneesChange = !assignees.equals(new LinkedHashSet<>(issue.assignees()));

    List<String> labels = new ArrayList<>(issue.labels());
    draft.labels().stream().filter(l -> !labels.contains(l)).forEach(labels::add);
    boolean labelsChange = labels.size() != issue.labels().size();

    IssueEdit edit =
        new IssueEdit(
            title,
            body,
            assigneesChange ? List.copyOf(assignees) : null,
            labelsChange ? List.copyOf(labels) : null);
    return new IssueEditPlan(
        edit.isEmpty() ? IssueEdit.NONE : edit,
        new WrittenIssue(writtenTitle, writtenBody, draft.assignees()));
  }
}
