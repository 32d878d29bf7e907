package dev.minutes.parse;

import static dev.minutes.parse.Fixtures.codes;
import static dev.minutes.parse.Fixtures.notes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.notes.ActionItem;
import dev.minutes.notes.AgendaItem;
import dev.minutes.notes.Meeting;
import dev.minutes.notes.Owner;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ways front matter and HackMD metadata are written, each read the same. */
class FormatVariantsTest {

  @ParameterizedTest(name = "tags {0}")
  @ValueSource(
      strings = {
        "tags: unikraft, maintainers",
        "tags: [unikraft, maintainers]",
        "tags:\n- unikraft\n- maintainers",
        "tags:\n  - unikraft\n  - \"maintainers\""
      })
  void tagsAreAListWhetherWrittenAsCommaStringOrYamlList(String tags) {
    Meeting meeting = notes("n.md", "---\ntitle: t\n" + tags + "\n---\n\n## Agenda\n\n- a\n");

    assertThat(meeting.tags()).containsExactly("unikraft", "maintainers");
    assertThat(codes(meeting)).doesNotContain("front-matter-invalid");
  }

  @ParameterizedTest(name = "participants {0}")
  @ValueSource(
      strings = {
        "participants: Alice, Bob",
        "participants: [Alice, \"@Bob\"]",
        "participants:\n- Alice\n- Bob\n- TO FILL"
      })
  void participantsAreAListWithoutAtSignsOrPlaceholders(String participants) {
    Meeting meeting = notes("n.md", "---\n" + participants + "\n---\n\n## Agenda\n\n- a\n");

    assertThat(meeting.participants()).containsExactly("Alice", "Bob");
  }

  @Test
  void datetimeStaysAsWrittenNotReinterpretedByYaml() {
    Meeting meeting =
        notes("n.md", "---\ndatetime: 2024-03-04 11:00:00+02:00\n---\n\n## Agenda\n\n- a\n");

    assertThat(meeting.datetime()).hasToString("2024-03-04T11:00+02:00");
    assertThat(meeting.date()).isEqualTo(LocalDate.of(2024, 3, 4));
  }

  @ParameterizedTest(name = "datetime {0}")
  @ValueSource(
      strings = {
        "2024-03-04T11:00:00+02:00",
        "2024-03-04T11:00:30-05:30",
        "2024-03-04T23:59:59-00:00",
        "2024-03-04T11:00+02:00",
        "2024-03-04T11:00:00.5Z",
        "2024-02-29T11:00:00+02:00"
      })
  void datetimeReadsAsOffsetDateTimeParseReadsIt(String written) {
    Meeting meeting = notes("n.md", "---\ndatetime: " + written + "\n---\n\n## Agenda\n\n- a\n");

    assertThat(meeting.datetime()).isEqualTo(OffsetDateTime.parse(written));
    assertThat(codes(meeting)).doesNotContain("invalid-datetime");
  }

  @ParameterizedTest(name = "datetime {0}")
  @ValueSource(
      strings = {
        "2023-02-29T11:00:00+02:00",
        "2024-13-04T11:00:00+02:00",
        "2024-03-04T24:00:00+02:00",
        "2024-03-04T11:00:00+19:00",
        "2024-03-04T11:00:00+02:60"
      })
  void datetimeWithImpossibleFieldsIsAWarning(String written) {
    Meeting meeting = notes("n.md", "---\ndatetime: " + written + "\n---\n\n## Agenda\n\n- a\n");

    assertThat(meeting.datetime()).isNull();
    assertThat(codes(meeting)).contains("invalid-datetime");
  }

  @Test
  void withoutDatetimeTheDateComesFromTheFileName() {
    Meeting meeting = notes("notes/sync-2023-11-15.md", "---\ntitle: t\n---\n\n## Agenda\n\n- a\n");

    assertThat(meeting.datetime()).isNull();
    assertThat(meeting.date()).isEqualTo(LocalDate.of(2023, 11, 15));
  }

  @Test
  void hackMdTagsLinesInfoBlockAndTocAreMetadataNotContent() {
    Meeting meeting =
        notes(
            "weekly.md",
            """
            # :memo: Weekly sync
            ###### tags: `unikraft` `weekly`

            :::info
            **Date:** March 4, 2024
            **Participants:** RăzvanD, ȘtefanJ, AlexJ
            :::

            [TOC]

            ## :dart: Agenda

            1. Release plans
            2. CI status

            ## :wrench: TODOs and Decisions

            RD: Create a GitHub project.
            SJ/AJ: Review the CI changes.
            """);

    assertThat(meeting.tags()).containsExactly("unikraft", "weekly");
    assertThat(meeting.date()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(meeting.participants()).containsExactly("RăzvanD", "ȘtefanJ", "AlexJ");
    assertThat(meeting.agenda())
        .extracting(AgendaItem::text, AgendaItem::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Release plans", 13),
            org.assertj.core.groups.Tuple.tuple("CI status", 14));
    assertThat(meeting.actions())
        .extracting(ActionItem::section)
        .containsOnly("TODOs and Decisions");
    assertThat(meeting.actions().get(1).owners())
        .containsExactly(new Owner("SJ", "ȘtefanJ"), new Owner("AJ", "AlexJ"));
    assertThat(meeting.decisions()).isEmpty();
    assertThat(meeting.discussion()).noneMatch(s -> s.text().contains("TOC"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "## :wrench: TODOs and Decisions",
        "## Tasks / Decisions",
        "### TODOs",
        "## Action items",
        "## Next steps",
        "## :rocket: Follow-ups",
        "## 🔧 Action Items",
        "**Action items:**"
      })
  void actionSectionsAreRecognisedByRoleNotExactHeading(String heading) {
    Meeting meeting =
        notes("n.md", "---\nparticipants: [Alice Smith]\n---\n\n" + heading + "\n\nAS: do it\n");

    assertThat(meeting.actions()).extracting(ActionItem::text).containsExactly("do it");
  }
}
