package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SubcommandsTest {
  private static final int ALL = Subcommands.all().size();

  @Test
  void aCommandLineNamingACommandGetsThatCommandAlone() {
    assertThat(Subcommands.neededBy(new String[] {"todos", "--owner", "RD"}))
        .singleElement()
        .isInstanceOf(TodosCommand.class);
    assertThat(Subcommands.neededBy(new String[] {"--config", "todos", "ingest", "notes"}))
        .singleElement()
        .isInstanceOf(IngestCommand.class);
    assertThat(Subcommands.neededBy(new String[] {"--verbose", "--people", "p.yaml", "digest"}))
        .singleElement()
        .isInstanceOf(DigestCommand.class);
    assertThat(Subcommands.neededBy(new String[] {"--store=jdbc:sqlite:x.db", "issues", "open"}))
        .singleElement()
        .isInstanceOf(IssuesCommand.class);
    assertThat(Subcommands.neededBy(new String[] {"--no-pager", "--quiet", "meetings"}))
        .singleElement()
        .isInstanceOf(MeetingsCommand.class);
  }

  @Test
  void helpUnknownWordsRootOptionsArgumentFilesAndCompletionGetEveryCommand() {
    for (String[] args :
        List.of(
            new String[] {},
            new String[] {"--help"},
            new String[] {"-V"},
            new String[] {"help", "todos"},
            new String[] {"injest"},
            new String[] {"@arguments.txt"},
            new String[] {"--config", "c.properties"},
            new String[] {"generate-completion"})) {
      assertThat(Subcommands.neededBy(args)).as(String.join(" ", args)).hasSize(ALL);
    }
  }

  @Test
  void everyNameBuildsTheCommandOfThatName() {
    for (String name : Subcommands.NAMES) {
      Object command = Subcommands.named(name);
      assertThat(command.getClass().getAnnotation(CommandLine.Command.class).name())
          .isEqualTo(name);
    }
  }

  @Test
  void everyCommandAloneHasTheSameHelpAsInTheWholeTree() {
    for (Object command : Subcommands.all()) {
      String name = command.getClass().getAnnotation(CommandLine.Command.class).name();
      String[] args = {name, "--help"};
      String alone = help(Main.commandLine(new Main(Map.of(), Clock.systemUTC()), args), args);
      String whole = help(Main.commandLine(new Main(Map.of(), Clock.systemUTC())), args);

      assertThat(alone).as(name).isEqualTo(whole).contains("Usage: minutes " + name);
    }
  }

  private static String help(CommandLine commandLine, String[] args) {
    StringWriter out = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.execute(args);
    return out.toString();
  }
}
