package dev.minutes.cli;

import dev.minutes.notes.Meeting;
import dev.minutes.parse.LineExplanation;
import dev.minutes.parse.NotesFiles;
import dev.minutes.parse.NotesParser;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code minutes parse}: prints what the parser reads in notes files (contract: OUTPUT.md). */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Parses meeting notes and prints agenda, decisions and action items.",
      "A directory means every *.md file under it, recursively, in path order.",
      "Exits 1 after printing everything when a file could not be parsed."
    })
final class ParseCommand extends MinutesCommand {
  enum Format {
    text,
    json,
    jsonl
  }

  @ParentCommand Main main;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json or jsonl (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--explain",
      description = "Show, line by line, why each line became an agenda item, action or decision.")
  boolean explain;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Notes files or directories.")
  List<Path> paths;

  @Override
  ExitCode run() {
    NotesParser parser = new NotesParser(main.people().load(), main.settings().parse());
    PrintWriter out = spec.commandLine().getOut();
    boolean failed = false;
    if (explain) {
      return explain(parser, out);
    }
    // Each meeting is printed as soon as it is parsed: memory stays that of one meeting.
    try (JsonStream json = format == Format.text ? null : stream(out)) {
      for (Path file : NotesFiles.collect(paths)) {
        Meeting meeting = NotesInput.parse(parser, file);
        failed |= meeting.hasErrors();
        if (json == null) {
          out.print(MeetingText.of(meeting));
        } else {
          json.write(MeetingJson.of(meeting));
        }
      }
    }
    out.flush();
    return ExitCode.of(failed);
  }

  private JsonStream stream(PrintWriter out) {
    return format == Format.json ? JsonStream.array(out) : JsonStream.lines(out);
  }

  /** {@code --explain}: each extracted item with its line, kind and the rule that read it. */
  private ExitCode explain(NotesParser parser, PrintWriter out) {
    for (Path file : NotesFiles.collect(paths)) {
      byte[] content;
      try {
        content = NotesInput.read(file);
      } catch (java.io.IOException e) {
        out.printf("== %s%n  cannot read the file: %s%n", file, e.getMessage());
        continue;
      }
      out.printf("== %s%n", file);
      for (LineExplanation line : parser.explain(file.toString(), content)) {
        out.printf(
            "%5d  %-13s %s%n       because: %s%n",
            line.line(), line.kind(), line.text(), line.why());
      }
    }
    out.flush();
    return ExitCode.OK;
  }
}
