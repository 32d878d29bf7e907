package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configuration is found as other tools find theirs, from whatever folder Minutes runs in: a
 * child process per run, so that its current folder is really elsewhere.
 */
class ConfigDiscoveryIT {
  @TempDir Path folder;
  Path project;
  Path elsewhere;
  Path home;

  record Run(int exit, String out, String err) {}

  @BeforeEach
  void aNotesRepositoryWithAConfigurationAndAStore() throws Exception {
    project = folder.resolve("meetings");
    elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
    home = Files.createDirectories(folder.resolve("home"));
    Files.createDirectories(project.resolve("notes"));
    Git.init().setDirectory(project.toFile()).call().close();
    Files.copy(
        Path.of("notes/2024-03-04-maintainers.md"),
        project.resolve("notes/2024-03-04-maintainers.md"));
    Files.writeString(
        project.resolve("bot-config.properties"),
        "store.url=jdbc:sqlite:data/minutes.db\ngithub.mode=off\nnotes.since=2000-01-01\n");
  }

  Run minutes(Path workingFolder, Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingFolder.toFile());
    builder
        .environment()
        .keySet()
        .removeIf(k -> k.startsWith("MINUTES_") || k.equals("XDG_CONFIG_HOME"));
    builder.environment().put("HOME", home.toString());
    builder.environment().putAll(environment);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(process.waitFor(), out, err);
  }

  @Test
  void fromAFolderWithoutConfigurationTodosSaysSoAndCreatesNoStore() throws Exception {
    Run todos = minutes(elsewhere, Map.of(), "todos");

    assertThat(todos.exit()).isEqualTo(1);
    assertThat(todos.err())
        .contains("no store at " + elsewhere.toRealPath().resolve("data/minutes.db"))
        .contains(": run minutes ingest first")
        .contains("no configuration found")
        .doesNotContain("Exception");
    try (var left = Files.list(elsewhere)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void fromInsideTheNotesRepositoryTodosFindsItsConfigurationAndItsStore() throws Exception {
    Run ingest = minutes(project, Map.of(), "ingest", "notes/");
    Run todos = minutes(project.resolve("notes"), Map.of(), "todos");

    assertThat(ingest.exit()).as(ingest.err()).isZero();
    assertThat(Files.isRegularFile(project.resolve("data/minutes.db"))).isTrue();
    assertThat(todos.exit()).as(todos.err()).isZero();
    assertThat(todos.out()).contains("Create a GitHub project 0.16.3.");
    assertThat(project.resolve("notes/data")).doesNotExist();
  }

  @Test
  void minutesConfigAndConfigAfterTheSubcommandAreHonouredFromAnywhere() throws Exception {
    Path config = project.resolve("bot-config.properties");
    assertThat(minutes(project, Map.of(), "ingest", "notes/").exit()).isZero();

    Run fromEnvironment = minutes(elsewhere, Map.of("MINUTES_CONFIG", config.toString()), "todos");
    Run optionLast = minutes(elsewhere, Map.of(), "todos", "--config", config.toString());
    Run xdg =
        minutes(
            elsewhere,
            Map.of("XDG_CONFIG_HOME", Files.createDirectories(folder.resolve("xdg")).toString()),
            "meetings");

    assertThat(fromEnvironment.out()).contains("Create a GitHub project 0.16.3.");
    assertThat(optionLast.out()).contains("Create a GitHub project 0.16.3.");
    assertThat(xdg.exit()).isEqualTo(1);
    assertThat(xdg.err()).contains(folder.resolve("xdg/minutes/bot-config.properties").toString());
  }
}
