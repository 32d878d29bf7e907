package dev.minutes.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deadlines in the phrasings notes use, resolved against Monday 2024-03-04. */
class DueDateResolverTest {
  private static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);
  private static final LocalDate NEXT_MEETING = LocalDate.of(2024, 3, 18);

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          review until Saturday                       | 2024-03-09
          send it by Friday                           | 2024-03-08
          send it by Monday                           | 2024-03-11
          ship next Tuesday                           | 2024-03-12
          look into this week: nightly builds         | 2024-03-08
          finish by the end of the week               | 2024-03-08
          prepare slides next week                    | 2024-03-15
          reply tomorrow                              | 2024-03-05
          clean up by end of the month                | 2024-03-31
          bring it to the board this month            | 2024-03-31
          send text to MD after call today            | 2024-03-04
          draft it in two weeks                       | 2024-03-18
          draft it within 3 days                      | 2024-03-07
          release no later than March 15, 2024        | 2024-03-15
          release by 2024-04-02                       | 2024-04-02
          release by 15th of April                    | 2024-04-15
          release by Feb 1                            | 2025-02-01
          collect feedback before the next meeting    | 2024-03-18
          """)
  void statedOrImpliedDeadlinesResolveAgainstTheMeeting(String text, LocalDate due) {
    assertThat(DueDateResolver.resolve(text, MONDAY, NEXT_MEETING)).contains(due);
  }

  @ParameterizedTest(name = "\"{0}\" has no due date")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          the hackathon is on Saturday, January 14
          talk about the release
          Release 0.13 will happen on Monday, May 1, 2023.
          """)
  void datesOfEventsAreNotDeadlines(String text) {
    assertThat(DueDateResolver.resolve(text, MONDAY, NEXT_MEETING)).isEmpty();
  }

  @Test
  void nextWeekIsNoDeadlineWhenTheNotesMeetAgainNextWeek() {
    LocalDate nextMonday = MONDAY.plusWeeks(1);
    assertThat(DueDateResolver.resolve("review the times next week", MONDAY, nextMonday)).isEmpty();
    assertThat(DueDateResolver.resolve("continue from today's discussion", MONDAY, null)).isEmpty();
  }

  @Test
  void theNextMeetingIsADeadlineOnlyWhenTheNotesGiveItsDate() {
    assertThat(DueDateResolver.resolve("before the next meeting", MONDAY, null)).isEmpty();
  }

  @Test
  void relativeDeadlinesNeedTheMeetingDateButExplicitOnesDoNot() {
    assertThat(DueDateResolver.resolve("by Friday", null, null)).isEmpty();
    assertThat(DueDateResolver.resolve("by March 15, 2024", null, null))
        .contains(LocalDate.of(2024, 3, 15));
  }

  @Test
  void deadlineWordsAreNoticedEvenWhenNoDateCanBeRead() {
    assertThat(DueDateResolver.mentionsDeadline("deadline: whenever")).isTrue();
    assertThat(DueDateResolver.mentionsDeadline("review it")).isFalse();
  }
}
