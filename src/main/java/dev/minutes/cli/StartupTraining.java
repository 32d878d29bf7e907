package dev.minutes.cli;

import dev.minutes.config.SecretMask;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The launcher's training run for class data sharing, not a user command: runs the everyday
 * commands one after the other in this JVM, on a throwaway store in {@code FOLDER} filled from
 * {@code NOTES}, so that {@code -XX:ArchiveClassesAtExit} archives the classes of all of them (one
 * JVM, one archive). Trained on {@code ingest} alone, the archive missed what {@code todos}, {@code
 * digest} and the JSON listings load.
 *
 * <pre>
 * java -XX:ArchiveClassesAtExit=ARCHIVE -cp minutes.jar dev.minutes.cli.StartupTraining FOLDER NOTES
 * </pre>
 */
public final class StartupTraining {
  private StartupTraining() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: StartupTraining FOLDER NOTES");
      System.exit(2);
    }
    Path folder = Files.createDirectories(Path.of(args[0]));
    String notes = args[1];
    Path config = folder.resolve("config.properties");
    Files.writeString(config, "github.mode=off\n");
    List<String> common =
        List.of("--config", config.toString(), "--store", "jdbc:sqlite:" + folder.resolve("t.db"));
    List<List<String>> commands =
        List.of(
            List.of("ingest", notes),
            List.of("todos"),
            List.of("todos", "--owner", "RD", "--format", "json"),
            List.of("meetings"),
            List.of("show", "1"),
            List.of("digest"),
            List.of("parse", "--format", "json", notes),
            List.of("lint", notes));
    // The commands' own output is of no use here; the masking console is part of every start.
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true);
    System.setOut(new MaskedConsole(quiet, SecretMask::none));
    // A command that fails still loaded its classes, so the archive is good either way; the
    // line on stderr only says which one to look at.
    for (List<String> command : commands) {
      List<String> line = new ArrayList<>(common);
      line.addAll(command);
      int exit = Main.run(line.toArray(String[]::new), Map.of(), Clock.systemDefaultZone());
      if (exit != 0) {
        System.err.println("training: minutes " + String.join(" ", command) + " exited " + exit);
      }
    }
  }
}
