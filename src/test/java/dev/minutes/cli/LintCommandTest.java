package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code minutes lint}: the text, json and github formats, and exit 1 on errors only. */
class LintCommandTest {
  @TempDir Path dir;
  private Path people;
  private Path clean;
  private Path warned;
  private Path broken;

  @BeforeEach
  void notes() throws IOException {
    people = Files.writeString(dir.resolve("people.yaml"), "");
    String front =
        "---\ntitle: t\ndatetime: 2024-03-04T11:00:00+02:00\nparticipants: [Alice Smith]\n---\n";
    clean =
        Files.writeString(
            dir.resolve("clean.md"), front + "\n## Agenda\n\n- a\n\n## TODOs\n\nAS: x\n");
    warned = Files.writeString(dir.resolve("warned.md"), front + "\n## TODOs\n\nXY: x\n");
    broken =
        Files.writeString(
            dir.resolve("broken.md"), "---\ntitle: [oops\n---\n\n## TODOs\n\nAS: x\n");
  }

  private Cli lint(String format, Path... files) {
    String[] args = new String[4 + files.length];
    args[0] = "lint";
    args[1] = "--people=" + people;
    args[2] = "--format";
    args[3] = format;
    for (int i = 0; i < files.length; i++) {
      args[4 + i] = files[i].toString();
    }
    return Cli.run(args);
  }

  @Test
  void cleanNotesPrintNothingAndExitZero() {
    Cli run = lint("text", clean);

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("1 file(s): 0 error(s), 0 warning(s)");
  }

  @Test
  void warningsAloneExitZero() {
    Cli run = lint("text", warned);

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .isEqualTo(
            warned
                + ":9:1: warning: owner 'XY' matches no participant or person [unknown-owner]\n");
  }

  @Test
  void textFormatIsFileLineColumnSeverityMessageCode() {
    Cli run = lint("text", broken, clean);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out().lines())
        .first()
        .asString()
        .matches(
            java.util.regex.Pattern.quote(broken.toString())
                + ":2:\\d+: error: front matter is not valid YAML .* \\[front-matter-invalid\\]");
    assertThat(run.err()).contains("2 file(s): 1 error(s)");
  }

  @Test
  void jsonFormatIsAnArrayOfFindingsWithFileLineColumnSeverityCodeMessage() throws IOException {
    Cli run = lint("json", broken, warned);

    assertThat(run.exit()).isEqualTo(1);
    JsonNode findings = new ObjectMapper().readTree(run.out());
    assertThat(findings).isNotEmpty();
    JsonNode first = findings.get(0);
    assertThat(first.get("file").asText()).isEqualTo(broken.toString());
    assertThat(first.get("line").asInt()).isEqualTo(2);
    assertThat(first.get("column").asInt()).isPositive();
    assertThat(first.get("severity").asText()).isEqualTo("error");
    assertThat(first.get("code").asText()).isEqualTo("front-matter-invalid");
    assertThat(first.get("message").asText()).isNotBlank();
    assertThat(findings)
        .anySatisfy(
            f -> {
              assertThat(f.get("file").asText()).isEqualTo(warned.toString());
              assertThat(f.get("severity").asText()).isEqualTo("warning");
            });
  }

  @Test
  void githubFormatPrintsWorkflowAnnotations() {
    Cli run = lint("github", warned, broken);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "::warning file="
                + warned.toString().replace(":", "%3A").replace(",", "%2C")
                + ",line=9,col=1,title=unknown-owner::owner 'XY' matches no participant or person\n")
        .containsPattern(
            "::error file=[^\\n]*broken\\.md,line=2,col=\\d+,title=front-matter-invalid::");
  }

  @Test
  void anUnreadableFileAmongGoodOnesIsAnErrorAndTheOthersAreStillLinted() throws IOException {
    Path binary = Files.write(dir.resolve("binary.md"), new byte[] {0, 1, 2});

    Cli run = lint("text", binary, warned);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains(binary + ":1:1: error:", "[binary-file]")
        .contains(warned + ":9:1: warning:");
  }
}
