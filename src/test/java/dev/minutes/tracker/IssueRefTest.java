package dev.minutes.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IssueRefTest {

  @Test
  void readsPullRequestAndIssueUrlsAsTheNotesWriteThem() {
    assertThat(IssueRef.parse("https://github.com/unikraft/unikraft/pull/418"))
        .contains(new IssueRef("unikraft/unikraft", 418));
    assertThat(IssueRef.parse("https://github.com/unikraft/kraftkit/issues/12#issuecomment-1"))
        .contains(new IssueRef("unikraft/kraftkit", 12));
    assertThat(IssueRef.parse("https://git.example.org/team/app/pull/7/files"))
        .contains(new IssueRef("team/app", 7));
  }

  @Test
  void readsTheShortOwnerRepoNumberForm() {
    assertThat(IssueRef.parse("unikraft/app-elfloader#25"))
        .contains(new IssueRef("unikraft/app-elfloader", 25));
  }

  @Test
  void ignoresLinksThatAreNotIssuesOrPullRequests() {
    assertThat(IssueRef.parse("https://github.com/unikraft/unikraft")).isEmpty();
    assertThat(IssueRef.parse("https://github.com/orgs/unikraft/projects/3")).isEmpty();
  }
}
