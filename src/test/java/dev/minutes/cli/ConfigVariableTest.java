package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code MINUTES_CONFIG} names the configuration file when {@code --config} is not given. */
class ConfigVariableTest {
  @TempDir Path folder;

  @Test
  void theFileNamedByMinutesConfigIsTheOneRead() throws IOException {
    Path config = configWithStore("from-variable.db");

    Cli todos = Cli.run(Map.of("MINUTES_CONFIG", config.toString()), Clock.systemUTC(), "todos");

    // A read-only command creates no store: it names the one the file configures.
    assertThat(todos.err()).contains("no store at " + folder.resolve("from-variable.db"));
    assertThat(folder.resolve("from-variable.db")).doesNotExist();
  }

  @Test
  void configOnTheCommandLineWinsOverTheVariable() throws IOException {
    Path fromVariable = configWithStore("from-variable.db");
    Path fromOption = folder.resolve("option.properties");
    Files.writeString(
        fromOption, "store.url=jdbc:sqlite:" + folder.resolve("from-option.db") + "\n");

    Cli todos =
        Cli.run(
            Map.of("MINUTES_CONFIG", fromVariable.toString()),
            Clock.systemUTC(),
            "--config",
            fromOption.toString(),
            "todos");

    assertThat(todos.err()).contains("no store at " + folder.resolve("from-option.db"));
    assertThat(folder.resolve("from-variable.db")).doesNotExist();
  }

  @Test
  void aMissingFileNamedByTheVariableIsAnErrorNotSilentDefaults() {
    String absent = folder.resolve("absent.properties").toString();

    Cli todos = Cli.run(Map.of("MINUTES_CONFIG", absent), Clock.systemUTC(), "todos");

    assertThat(todos.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(todos.err()).startsWith("minutes: " + absent + ": configuration file not found");
  }

  private Path configWithStore(String database) throws IOException {
    Path config = folder.resolve("variable.properties");
    Files.writeString(config, "store.url=jdbc:sqlite:" + folder.resolve(database) + "\n");
    return config;
  }
}
