package dev.minutes.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.minutes.notes.Meeting;
import dev.minutes.parse.NotesFiles;
import dev.minutes.parse.NotesParser;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code minutes parse}: prints what the parser reads in notes files (contract: OUTPUT.md). */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Parses meeting notes and prints agenda, decisions and action items.",
      "A directory means every *.md file under it, recursively, in path order.",
      "Exits 1 after printing everything when a file could not be parsed."
    })
final class ParseCommand implements Callable<Integer> {
  enum Format {
    text,
    json,
    jsonl
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json or jsonl (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--people",
      paramLabel = "FILE",
      description = "People directory (default: notes/people.yaml when it exists).")
  Path peopleFile;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Notes files or directories.")
  List<Path> paths;

  @Override
  public Integer call() {
    NotesParser parser = new NotesParser(NotesInput.people(peopleFile));
    PrintWriter out = spec.commandLine().getOut();
    ArrayNode array = MeetingJson.array();
    boolean failed = false;
    for (Path file : NotesFiles.collect(paths)) {
      Meeting meeting = NotesInput.parse(parser, file);
      failed |= meeting.hasErrors();
      switch (format) {
        case json -> array.add(MeetingJson.of(meeting));
        case jsonl -> out.println(MeetingJson.line(MeetingJson.of(meeting)));
        case text -> out.print(MeetingText.of(meeting));
      }
    }
    if (format == Format.json) {
      out.println(MeetingJson.pretty(array));
    }
    out.flush();
    return ExitCode.of(failed);
  }
}
