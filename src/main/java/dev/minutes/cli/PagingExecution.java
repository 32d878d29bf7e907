package dev.minutes.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Runs the chosen command with its output through a pager when a listing is longer than the
 * terminal, as git does. Only for the commands that list things, only when the output is a
 * terminal, never with {@code --no-pager} or with no pager (see {@link PagerCommand}). Commands
 * that run for long (bot, watch, scheduler) or that report progress are never paged.
 */
final class PagingExecution implements CommandLine.IExecutionStrategy {
  static final Set<String> PAGED =
      Set.of("todos", "meetings", "show", "digest", "parse", "lint", "suggest");

  private final Main main;

  PagingExecution(Main main) {
    this.main = main;
  }

  @Override
  public int execute(ParseResult parseResult) {
    List<CommandLine> chosen = parseResult.asCommandLineList();
    CommandLine command = chosen.get(chosen.size() - 1);
    PagerCommand pager = wanted(command) ? PagerCommand.find(main.environment()) : null;
    if (pager == null) {
      return new CommandLine.RunLast().execute(parseResult);
    }
    PrintWriter original = command.getOut();
    PagedOutput paged =
        new PagedOutput(
            System.out,
            pager,
            main.environment(),
            main::secretMask,
            PagerCommand.screenRows(main.environment()));
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(new PrintStream(paged), StandardCharsets.UTF_8));
    chosen.get(0).setOut(out);
    try {
      return new CommandLine.RunLast().execute(parseResult);
    } finally {
      out.flush();
      paged.close();
      chosen.get(0).setOut(original);
    }
  }

  private boolean wanted(CommandLine command) {
    return !main.noPager()
        && Style.onTerminal()
        && PAGED.contains(command.getCommandName())
        && !command.isUsageHelpRequested()
        && !command.isVersionHelpRequested();
  }
}
