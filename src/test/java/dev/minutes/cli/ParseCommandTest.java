package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code minutes parse}: the JSON contract of OUTPUT.md, jsonl, and bad files among good ones. */
class ParseCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MAINTAINERS = "unikraft/discussions/maintainers/2024/2024-03-04.md";

  @TempDir Path dir;
  private Path people;
  private Path good;

  @BeforeEach
  void notes() throws IOException {
    people = Files.writeString(dir.resolve("people.yaml"), "");
    good = dir.resolve("notes/2024-03-04.md");
    Files.createDirectories(good.getParent());
    try (InputStream in = getClass().getResourceAsStream("/corpus/" + MAINTAINERS)) {
      Files.write(good, in.readAllBytes());
    }
  }

  private Cli parse(String... args) {
    List<String> all = new ArrayList<>(List.of("parse", "--people", people.toString()));
    all.addAll(Arrays.asList(args));
    return Cli.run(all.toArray(String[]::new));
  }

  @Test
  void jsonFollowsTheOutputContractFieldByField() throws IOException {
    Cli run = parse("--format", "json", good.toString());

    assertThat(run.exit()).isZero();
    JsonNode meeting = JSON.readTree(run.out()).get(0);
    assertThat(meeting.get("source").asText()).isEqualTo(good.toString());
    assertThat(meeting.get("title").asText()).isEqualTo("Maintainers Meeting, March 4, 2024");
    assertThat(meeting.get("datetime").asText()).isEqualTo("2024-03-04T11:00:00+02:00");
    assertThat(meeting.get("date").asText()).isEqualTo("2024-03-04");
    assertThat(meeting.get("tags"))
        .extracting(JsonNode::asText)
        .containsExactly("unikraft", "maintainers");
    assertThat(meeting.get("teams")).extracting(JsonNode::asText).containsExactly("maintainers");
    assertThat(meeting.get("participants"))
        .extracting(JsonNode::asText)
        .containsExactly("Simon", "Sergiu", "Cezar", "ȘtefanJ", "RăzvanD");
    assertThat(meeting.get("location").asText()).contains("Discord");
    assertThat(meeting.get("agenda").get(1).get("text").asText()).isEqualTo("Next release plans");
    assertThat(meeting.get("agenda").get(1).get("line").asInt()).isEqualTo(19);
    JsonNode statement = meeting.get("discussion").get(0);
    assertThat(statement.get("speaker").asText()).isEqualTo("SK");
    assertThat(statement.get("section").isNull()).isTrue();

    JsonNode action = meeting.get("actions").get(0);
    assertThat(action.get("id").asText()).matches("[0-9a-f]{16}");
    assertThat(action.get("owners").get(0).get("token").asText()).isEqualTo("RD");
    assertThat(action.get("owners").get(0).get("person").asText()).isEqualTo("RăzvanD");
    assertThat(action.get("text").asText()).isEqualTo("Create a GitHub project 0.16.3.");
    assertThat(action.get("due").isNull()).isTrue();
    assertThat(action.get("refs").isArray()).isTrue();
    assertThat(action.get("section").asText()).isEqualTo("TODOs and Decisions");
    assertThat(action.get("line").asInt()).isEqualTo(114);
    assertThat(meeting.get("actions").get(1).get("due").asText()).isEqualTo("2024-03-08");
    assertThat(meeting.get("decisions").isArray()).isTrue();
    assertThat(meeting.get("nextMeeting").isNull()).isTrue();
    assertThat(meeting.get("warnings").isArray()).isTrue();
  }

  @Test
  void everyContractFieldIsPresentEvenWhenEmptyOrNull() throws IOException {
    Path bare = Files.writeString(dir.resolve("bare.md"), "just text\n");

    JsonNode meeting = JSON.readTree(parse("--format", "json", bare.toString()).out()).get(0);

    assertThat(meeting.fieldNames())
        .toIterable()
        .contains(
            "source",
            "title",
            "datetime",
            "date",
            "tags",
            "location",
            "teams",
            "participants",
            "agenda",
            "discussion",
            "actions",
            "decisions",
            "nextMeeting",
            "warnings");
    for (String field : List.of("title", "datetime", "date", "location", "nextMeeting")) {
      assertThat(meeting.get(field).isNull()).as(field).isTrue();
    }
    JsonNode warning = meeting.get("warnings").get(0);
    assertThat(warning.get("code").asText()).isEqualTo("front-matter-missing");
    assertThat(warning.get("line").asInt()).isEqualTo(1);
    assertThat(warning.get("message").asText()).isNotBlank();
  }

  @Test
  void anUnresolvedOwnerHasANullPersonInJson() throws IOException {
    Path notes =
        Files.writeString(
            dir.resolve("n.md"),
            "---\nparticipants: [Alice Smith]\n---\n\n## TODOs\n\nXY: do it\n");

    JsonNode owner =
        JSON.readTree(parse("--format", "json", notes.toString()).out())
            .get(0)
            .get("actions")
            .get(0)
            .get("owners")
            .get(0);

    assertThat(owner.get("token").asText()).isEqualTo("XY");
    assertThat(owner.has("person")).isTrue();
    assertThat(owner.get("person").isNull()).isTrue();
  }

  @Test
  void jsonlPrintsOneCompleteObjectPerLine() throws IOException {
    Path second = Files.writeString(dir.resolve("notes/2024-03-11.md"), "## TODOs\n\nRD: x\n");

    Cli run = parse("--format", "jsonl", dir.resolve("notes").toString());

    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(JSON.readTree(lines.get(0)).get("source").asText()).isEqualTo(good.toString());
    assertThat(JSON.readTree(lines.get(1)).get("source").asText()).isEqualTo(second.toString());
  }

  @Test
  void aDirectoryMeansItsMarkdownFilesInPathOrder() throws IOException {
    Files.writeString(dir.resolve("notes/2024-01-01.md"), "## Agenda\n\n- a\n");
    Files.writeString(dir.resolve("notes/ignored.txt"), "not notes");

    JsonNode all = JSON.readTree(parse("--format", "json", dir.resolve("notes").toString()).out());

    assertThat(all)
        .extracting(m -> m.get("source").asText())
        .containsExactly(dir.resolve("notes/2024-01-01.md").toString(), good.toString());
  }

  @Test
  void aBadFileAmongGoodOnesStillLetsTheGoodOnesThroughAndExitsOne() throws IOException {
    Path binary = Files.write(dir.resolve("notes/2024-03-05.md"), new byte[] {'P', 'K', 0, 1});
    Path empty = Files.write(dir.resolve("notes/2024-03-06.md"), new byte[0]);
    Path hostile =
        Files.writeString(
            dir.resolve("notes/2024-03-07.md"),
            "---\nx: !!javax.script.ScriptEngineManager []\n---\n\n## TODOs\n\nRD: y\n");

    Cli run = parse("--format", "json", dir.resolve("notes").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
    JsonNode all = JSON.readTree(run.out());
    assertThat(all)
        .extracting(m -> m.get("source").asText())
        .containsExactly(good.toString(), binary.toString(), empty.toString(), hostile.toString());
    assertThat(all.get(0).get("actions")).hasSize(2);
    assertThat(all.get(1).get("warnings").get(0).get("code").asText()).isEqualTo("binary-file");
    assertThat(all.get(2).get("warnings").get(0).get("code").asText()).isEqualTo("empty-file");
    assertThat(all.get(3).get("actions")).hasSize(1);
  }

  @Test
  void onlyWarningsExitZero() throws IOException {
    Path notes = Files.writeString(dir.resolve("w.md"), "## TODOs\n\nXY: do it\n");

    assertThat(parse("--format", "json", notes.toString()).exit()).isZero();
  }

  @Test
  void aFileAboveTheSizeLimitIsReportedNotRead() throws IOException {
    Path big = dir.resolve("big.md");
    Files.write(big, new byte[dev.minutes.parse.NotesParser.MAX_FILE_BYTES + 10]);

    Cli run = parse("--format", "json", big.toString(), good.toString());

    assertThat(run.exit()).isEqualTo(1);
    JsonNode all = JSON.readTree(run.out());
    assertThat(all.get(0).get("warnings").get(0).get("code").asText()).isEqualTo("file-too-large");
    assertThat(all.get(1).get("actions")).hasSize(2);
  }

  @Test
  void textNamesFileAndLineOfEachWarningAndGroupsActionsByOwner() throws IOException {
    Path notes =
        Files.writeString(
            dir.resolve("n.md"),
            "---\nparticipants: [Alice Smith]\n---\n\n## TODOs\n\nAS: one by Friday\n\nXY: two\n");

    Cli run = parse(notes.toString());

    assertThat(run.out())
        .contains("AS (Alice Smith)", "[ ] one by Friday", "XY\n", notes + ":9: warning:")
        .contains("[unknown-owner]");
  }

  @Test
  void aMissingPathIsOneMessageAndExitOne() {
    Cli run = parse(dir.resolve("absent.md").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).startsWith("minutes: ").contains("absent.md", "no such file");
  }
}
