package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class VersionTest {
  @Test
  void versionNamesTheReleaseTheCommitAndTheBuildDate() {
    Cli cli = Cli.run("--version");

    assertThat(cli.exit()).isZero();
    assertThat(cli.out().strip())
        .matches(
            "minutes \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(commit (\\p{XDigit}{7,}|unknown),"
                + " built \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\)");
  }

  @Test
  void aBuildWithoutGitSaysTheCommitIsUnknown() {
    Properties unfilled = new Properties();
    unfilled.setProperty("version", "1.2.0");
    unfilled.setProperty("commit", "${git.commit.id.abbrev}");

    assertThat(BuildInfo.from(unfilled).line())
        .isEqualTo("minutes 1.2.0 (commit unknown, built unknown)");
  }
}
