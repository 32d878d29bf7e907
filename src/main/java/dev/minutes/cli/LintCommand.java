package dev.minutes.cli;

import dev.minutes.lint.Finding;
import dev.minutes.lint.Linter;
import dev.minutes.notes.Meeting;
import dev.minutes.parse.NotesFiles;
import dev.minutes.parse.NotesParser;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code minutes lint}: what a maintainer should fix in notes files; exit 1 on errors. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Checks meeting notes: front matter, datetime, participants, owners, due dates, sections.",
      "Prints file:line:col: error|warning: message [code]; exits 1 when there is an error."
    })
final class LintCommand extends MinutesCommand {

  @ParentCommand Main main;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json or github (GitHub Actions annotations); default ${DEFAULT-VALUE}.")
  FindingPrinter.Format format;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Notes files or directories.")
  List<Path> paths;

  @Override
  ExitCode run() {
    NotesParser parser = new NotesParser(main.people().load(), main.settings().parse());
    Linter linter = new Linter();
    List<Finding> findings = new ArrayList<>();
    List<Path> files = NotesFiles.collect(paths);
    for (Path file : files) {
      Meeting meeting = NotesInput.parse(parser, file);
      findings.addAll(linter.lint(meeting));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(FindingPrinter.render(format, findings));
    out.flush();
    long errors = findings.stream().filter(Finding::isError).count();
    if (format == FindingPrinter.Format.text) {
      PrintWriter err = spec.commandLine().getErr();
      err.printf(
          "%d file(s): %d error(s), %d warning(s)%n",
          files.size(), errors, findings.size() - errors);
      err.flush();
    }
    return ExitCode.of(errors > 0);
  }
}
