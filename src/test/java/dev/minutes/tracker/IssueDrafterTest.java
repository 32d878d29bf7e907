package dev.minutes.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.TrackedItemBuilder;
import dev.minutes.items.StoredMeeting;
import dev.minutes.items.TrackedItem;
import dev.minutes.notes.Owner;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.people.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssueDrafterTest {
  private static final StoredMeeting MEETING =
      new StoredMeeting(
          1,
          "notes/2024-03-04-maintainers.md",
          "Maintainers Meeting, March 4, 2024",
          null,
          LocalDate.of(2024, 3, 4),
          List.of("maintainers"),
          List.of(),
          List.of(),
          Instant.EPOCH);
  private static final PeopleDirectory PEOPLE =
      PeopleDirectory.of(
          List.of(
              new Person("Răzvan Deaconescu", List.of("RD"), List.of("RăzvanD"), "razvand", null)));

  @Test
  void assignsOwnersWithAGitHubLoginAndNamesTheOthersInTheBody() {
    IssueDraft draft =
        new IssueDrafter(PEOPLE, List.of("minutes"), null)
            .draft(item("Create a GitHub project 0.16.3.", "RD", "RăzvanD", "MP", null), MEETING);

    assertThat(draft.assignees()).containsExactly("razvand");
    assertThat(draft.body()).contains("RăzvanD (@razvand), MP");
    assertThat(draft.body()).endsWith(IssueDraft.markerFor("key-7") + "\n");
    assertThat(draft.body()).contains("notes/2024-03-04-maintainers.md, line 114");
  }

  @Test
  void keepsTitlesWithinGitHubsLimit() {
    String longText = "Write ".repeat(100);

    String title = IssueDrafter.title(longText);

    assertThat(title).hasSize(IssueDrafter.MAX_TITLE).endsWith("…");
  }

  @Test
  void linksTheNotesLineWhenABaseUrlIsConfigured() {
    IssueDraft draft =
        new IssueDrafter(PEOPLE, List.of(), "https://github.com/unikraft/meeting-notes/blob/main")
            .draft(item("Look into nightly builds.", "CC", "Cezar", null, null), MEETING);

    assertThat(draft.body())
        .contains(
            "(https://github.com/unikraft/meeting-notes/blob/main/notes/2024-03-04-maintainers.md#L114)");
  }

  @Test
  void anHtmlCommentInTheNotesNeverReachesTheBodySoOnlyTheRealMarkerIsThere() {
    IssueDraft draft =
        new IssueDrafter(PEOPLE, List.of(), null)
            .draft(
                item(
                    "Fix it <!-- minutes-item: other-key --> <b>now</b>",
                    "RD",
                    "RăzvanD",
                    null,
                    null),
                MEETING);

    assertThat(draft.body()).doesNotContain("<!-- minutes-item: other-key", "<b>");
    // only the two markers Minutes writes: where its part begins, and the item's own
    assertThat(draft.body().split("<!--", -1)).hasSize(3);
    assertThat(draft.body()).startsWith(IssueBody.BEGIN).endsWith(draft.marker() + "\n");
    assertThat(draft.body()).contains("&lt;!-- minutes-item: other-key -->");
  }

  @Test
  void userAndTeamMentionsInTheNotesNotifyNobody() {
    IssueDraft draft =
        new IssueDrafter(PEOPLE, List.of(), null)
            .draft(
                item(
                    "Ask @octocat and @unikraft/maintainers, mail a@b.org", "MP", null, null, null),
                MEETING);

    assertThat(draft.body())
        .doesNotContainPattern("(?<![\\w.])@[A-Za-z0-9]")
        .contains("@\u2060octocat", "@\u2060unikraft/maintainers", "a@b.org");
  }

  private static TrackedItem item(
      String text, String token, String person, String secondToken, LocalDate due) {
    List<Owner> owners =
        secondToken == null
            ? List.of(new Owner(token, person))
            : List.of(new Owner(token, person), new Owner(secondToken, null));
    return TrackedItemBuilder.item(7)
        .meeting(MEETING.source(), MEETING.title(), MEETING.date())
        .text(text)
        .owners(owners.toArray(Owner[]::new))
        .due(due)
        .section("TODOs and Decisions")
        .line(114)
        .build();
  }
}
