package dev.minutes.cli;

import dev.minutes.application.ListItems;
import dev.minutes.items.ItemListing;
import dev.minutes.items.Store;
import dev.minutes.notes.Meeting;
import dev.minutes.notes.MinutesException;
import dev.minutes.notes.Owner;
import dev.minutes.parse.NotesFiles;
import dev.minutes.parse.NotesParser;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.people.PeopleSuggestions;
import dev.minutes.people.PeopleYaml;
import dev.minutes.people.SuggestedPerson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code minutes people suggest}: drafts people.yaml from the owners in the store, or from the
 * owners and participants of the given notes, merging the spellings of one person. Prints the
 * draft; {@code --write} adds the people the file does not list yet, and never changes an entry.
 */
@Command(
    name = "suggest",
    mixinStandardHelpOptions = true,
    description = {
      "Drafts people.yaml from the notes: the spellings, initials and handles of one person",
      "merged into one entry, with the evidence. Prints it; --write adds the new people."
    })
final class PeopleSuggestCommand extends MinutesCommand {
  @ParentCommand PeopleCommand people;
  private final StoreOption storeOption = new StoreOption();

  @Option(
      names = "--write",
      description = "Add the people not yet listed to the people file (created when absent).")
  boolean write;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Notes files or folders to read instead of the store.")
  List<Path> paths = List.of();

  @Override
  ExitCode run() {
    PrintWriter out = spec.commandLine().getOut();
    // The file the global --people (or people.file) names, compared with and written to.
    Path given = people.main.people().file();
    Path target = given != null ? given : NotesInput.DEFAULT_PEOPLE;
    PeopleDirectory known =
        Files.isRegularFile(target) ? PeopleDirectory.load(target) : PeopleDirectory.empty();
    PeopleSuggestions suggestions = new PeopleSuggestions();
    String source = paths.isEmpty() ? readStore(suggestions) : readNotes(suggestions);
    List<SuggestedPerson> found = suggestions.people();
    List<SuggestedPerson> fresh =
        found.stream()
            .filter(p -> p.allSpellings().stream().noneMatch(s -> known.find(s).isPresent()))
            .toList();
    StringBuilder entries = new StringBuilder();
    fresh.forEach(person -> entries.append(PeopleYaml.entry(person)));
    long merged = found.stream().mapToLong(p -> p.spellings().size() - 1L).sum();
    String summary =
        String.format(
            "%d people from %s (%d spellings merged into them); %d already in %s",
            found.size(), source, merged, found.size() - fresh.size(), target);
    if (write) {
      writeTo(target, source, entries.toString(), known.people().size(), fresh.size());
      out.println(summary + "; added " + fresh.size() + " to " + target);
    } else {
      out.print(PeopleYaml.header(source));
      out.print(entries);
      out.println("# " + summary);
    }
    out.flush();
    return ExitCode.OK;
  }

  private String readStore(PeopleSuggestions suggestions) {
    try (Store store = storeOption.openExisting(people.main)) {
      ListItems items = new ListItems(store, PeopleDirectory.empty());
      long[] count = {0};
      items.each(
          Set.of(),
          null,
          null,
          null,
          ItemListing.all(),
          row -> {
            count[0]++;
            for (Owner owner : row.item().owners()) {
              suggestions.owner(owner.token(), owner.person(), row.item().meetingSource());
            }
          });
      return "the owners of " + count[0] + " items in the store";
    }
  }

  private String readNotes(PeopleSuggestions suggestions) {
    NotesParser parser = new NotesParser(PeopleDirectory.empty(), people.main.settings().parse());
    List<Path> files = NotesFiles.collect(paths);
    for (Path path : files) {
      Meeting meeting = NotesInput.parse(parser, path);
      meeting.participants().forEach(name -> suggestions.participant(name, meeting.source()));
      meeting
          .actions()
          .forEach(
              action ->
                  action
                      .owners()
                      .forEach(o -> suggestions.owner(o.token(), o.person(), meeting.source())));
    }
    return "the owners and participants of " + files.size() + " notes files";
  }

  /**
   * Appends the entries, through a temporary file that must load as a people directory before it
   * replaces the old one: a failed write leaves the old file as it was.
   */
  private static void writeTo(Path target, String source, String entries, int had, int count) {
    if (count == 0) {
      return;
    }
    try {
      String before =
          Files.isRegularFile(target)
              ? Files.readString(target, StandardCharsets.UTF_8)
              : PeopleYaml.header(source);
      String after = before + (before.endsWith("\n") ? "" : "\n") + entries;
      Path folder = target.toAbsolutePath().getParent();
      Files.createDirectories(folder);
      Path temporary = Files.createTempFile(folder, ".people", ".yaml");
      try {
        Files.writeString(temporary, after, StandardCharsets.UTF_8);
        int listed = PeopleDirectory.load(temporary).people().size();
        if (listed != had + count) {
          throw new MinutesException(
              target.toString(),
              "the people list is not the file's last key, so new entries cannot be appended",
              "move 'people:' to the end of the file, or copy the draft in by hand");
        }
        Files.move(
            temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new MinutesException(
          target.toString(), "cannot write the people file: " + e.getMessage(), null, e);
    }
  }
}
