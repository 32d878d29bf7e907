package dev.minutes.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.notes.Diagnostic;
import dev.minutes.notes.Meeting;
import dev.minutes.parse.NotesParser;
import dev.minutes.people.PeopleDirectory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each lint check, on small notes that break exactly one rule. */
class LinterTest {
  private static final String GOOD_FRONT =
      "---\ntitle: Sync\ndatetime: 2024-03-04T11:00:00+02:00\nparticipants: [Alice Smith, Bob Jones]\n---\n";
  private static final String GOOD_BODY = "\n## Agenda\n\n- Release\n\n## TODOs\n\nAS: tag it\n";

  private static List<Finding> lint(String notes) {
    Meeting meeting =
        new NotesParser(PeopleDirectory.empty())
            .parse("notes/sync.md", notes.getBytes(StandardCharsets.UTF_8));
    return new Linter().lint(meeting);
  }

  private static Finding only(List<Finding> findings, String code) {
    assertThat(findings).extracting(f -> f.diagnostic().code()).containsOnlyOnce(code);
    return findings.stream().filter(f -> f.diagnostic().code().equals(code)).findFirst().get();
  }

  @Test
  void aReadmeWithoutFrontMatterDateOrStructureIsNotMeetingNotesAndNoError() {
    List<Finding> findings =
        lint("# Our meetings\n\nThis repository stores the notes of our community calls.\n");

    assertThat(findings)
        .singleElement()
        .satisfies(f -> assertThat(f.diagnostic().code()).isEqualTo(Linter.NOT_MEETING_NOTES))
        .satisfies(f -> assertThat(f.isError()).isFalse());
  }

  @Test
  void notesWithoutFrontMatterButWithActionItemsAreMeetingNotesWithAnError() {
    List<Finding> findings = lint(GOOD_BODY);

    assertThat(Linter.hasErrors(findings)).isTrue();
    assertThat(only(findings, "front-matter-missing").isError()).isTrue();
  }

  @Test
  void wellFormedNotesHaveNoFindings() {
    assertThat(lint(GOOD_FRONT + GOOD_BODY)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          front-matter-missing  | ''                                                             | 1
          front-matter-invalid  | '---\\ntitle: [unclosed\\n---\\n'                               | 2
          front-matter-unclosed | '---\\ntitle: t\\n'                                             | 1
          invalid-datetime      | '---\\ndatetime: next tuesday\\nparticipants: [Alice Smith]\\n---\\n' | 2
          """)
  void brokenFrontMatterOrDatetimeIsAnError(String code, String front, int line) {
    Finding finding = only(lint(front.replace("\\n", "\n") + GOOD_BODY), code);

    assertThat(finding.isError()).isTrue();
    assertThat(finding.line()).isEqualTo(line);
    assertThat(finding.file()).isEqualTo("notes/sync.md");
  }

  @Test
  void notesWithNoAgendaActionOrDecisionSayThereIsNoStructureToRead() {
    Finding finding =
        only(lint(GOOD_FRONT + "\n## Chat\n\nWe talked about the release.\n"), "no-structure");

    assertThat(finding.isError()).isFalse();
    assertThat(finding.diagnostic().message()).contains("## Agenda", "ACTION:");
  }

  @Test
  void aMissingDatetimeIsAWarning() {
    Finding finding =
        only(lint("---\nparticipants: [Alice Smith]\n---\n" + GOOD_BODY), "missing-datetime");

    assertThat(finding.isError()).isFalse();
  }

  @Test
  void noParticipantsIsAWarning() {
    Finding finding =
        only(
            lint("---\ndatetime: 2024-03-04T11:00:00+02:00\n---\n" + GOOD_BODY), "no-participants");

    assertThat(finding.isError()).isFalse();
  }

  @Test
  void aParticipantListedTwiceIsAWarning() {
    List<Finding> findings =
        lint(
            "---\ndatetime: 2024-03-04T11:00:00+02:00\nparticipants: [Alice Smith, alice smith]\n---\n"
                + GOOD_BODY);

    assertThat(only(findings, "duplicate-participant").diagnostic().message())
        .contains("alice smith");
  }

  @Test
  void anActionWithoutOwnerIsAWarningOnItsLine() {
    Finding finding =
        only(lint(GOOD_FRONT + GOOD_BODY + "\nTODO: clean up\n"), "action-without-owner");

    assertThat(finding.line()).isEqualTo(15);
    assertThat(finding.isError()).isFalse();
  }

  @Test
  void anOwnerMatchingNobodyIsAWarningOnItsLine() {
    Finding finding = only(lint(GOOD_FRONT + GOOD_BODY + "\nXY: do it\n"), "unknown-owner");

    assertThat(finding.line()).isEqualTo(15);
    assertThat(finding.diagnostic().message()).contains("XY");
  }

  @Test
  void anUnparsableDueDateIsAWarning() {
    Finding finding =
        only(
            lint(GOOD_FRONT + GOOD_BODY + "\nBJ: send it, deadline: whenever\n"),
            "unparsable-due-date");

    assertThat(finding.line()).isEqualTo(15);
  }

  @ParameterizedTest(name = "empty {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Agenda | '\\n## Agenda\\n\\n## TODOs\\n\\nAS: tag it\\n'          | 7
          TODOs  | '\\n## Agenda\\n\\n- Release\\n\\n## TODOs\\n\\n## Notes\\n\\ntext\\n' | 11
          """)
  void anEmptyAgendaOrActionSectionIsAWarningOnItsHeading(String section, String body, int line) {
    Finding finding = only(lint(GOOD_FRONT + body.replace("\\n", "\n")), "empty-section");

    assertThat(finding.diagnostic().message()).contains("'" + section + "'");
    assertThat(finding.line()).isEqualTo(line);
  }

  @Test
  void findingsAreOrderedByLineAndWholeFileFindingsPointAtLineOneColumnOne() {
    List<Finding> findings = lint("---\ntitle: [unclosed\n---\n\n## TODOs\n\nXY: a\n\nTODO: b\n");

    assertThat(findings).extracting(f -> f.diagnostic().line()).isSorted();
    Finding empty =
        new Linter()
            .lint(new NotesParser(PeopleDirectory.empty()).parse("e.md", new byte[0]))
            .get(0);
    assertThat(empty.diagnostic().severity()).isEqualTo(Diagnostic.Severity.ERROR);
    assertThat(empty.line()).isEqualTo(1);
    assertThat(empty.column()).isEqualTo(1);
  }
}
