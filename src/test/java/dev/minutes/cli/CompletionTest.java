package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The completion script, loaded into a real bash, completes both {@code minutes} and {@code
 * ./minutes}.
 */
class CompletionTest {
  @TempDir Path folder;

  @Test
  void bothTheCommandAndTheLauncherCompleteSubcommands() throws Exception {
    Cli generated = Cli.run("generate-completion");
    Path script = folder.resolve("minutes-completion.bash");
    Files.writeString(script, generated.out());

    String completions =
        bash(
            "source '"
                + script
                + "'\n"
                + "for word in minutes ./minutes; do\n"
                + "  COMP_WORDS=(\"$word\" inge); COMP_CWORD=1; COMP_LINE=\"$word inge\";"
                + " COMP_POINT=${#COMP_LINE}\n"
                + "  COMPREPLY=(); $(complete -p \"$word\" | sed 's/.*-F \\([^ ]*\\).*/\\1/')\n"
                + "  echo \"$word: ${COMPREPLY[*]}\"\n"
                + "done\n");

    assertThat(generated.exit()).isZero();
    assertThat(completions.lines()).containsExactly("minutes: ingest", "./minutes: ingest");
  }

  /** What the commands print on stdout; stderr has compopt's complaint outside real completion. */
  private String bash(String commands) throws IOException, InterruptedException {
    Process bash =
        new ProcessBuilder("bash", "-c", commands)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return output;
  }
}
