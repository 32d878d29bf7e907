package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainTest {

  @Test
  void aMissingExplicitConfigFileIsOneClearMessageAndAUsageError(@TempDir Path dir) {
    Main main = new Main(Map.of(), Clock.systemUTC());
    CommandLine commandLine = Main.commandLine(main);
    commandLine.addSubcommand("needs-config", new NeedsConfig());
    StringWriter err = new StringWriter();
    commandLine.setErr(new PrintWriter(err));

    int exit =
        commandLine.execute(
            "--config", dir.resolve("absent.properties").toString(), "needs-config");

    assertThat(exit).isEqualTo(ExitCode.USAGE.code());
    assertThat(err.toString())
        .startsWith("minutes: ")
        .contains("absent.properties", "configuration file not found", "hint:")
        .doesNotContain("Exception", "\tat ");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    Cli run = Cli.run("no-such-command");

    assertThat(run.exit()).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(run.err()).contains("'no-such-command' is not a minutes command");
  }

  @CommandLine.Command(name = "needs-config")
  static final class NeedsConfig implements Runnable {
    @CommandLine.ParentCommand Main main;

    @Override
    public void run() {
      main.config();
    }
  }
}
