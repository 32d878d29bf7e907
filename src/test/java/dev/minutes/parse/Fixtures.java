package dev.minutes.parse;

import dev.minutes.TestNotes;
import dev.minutes.notes.ActionItem;
import dev.minutes.notes.Diagnostic;
import dev.minutes.notes.Meeting;
import dev.minutes.people.PeopleDirectory;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Real notes from src/test/resources/corpus and small inline notes, parsed for tests. */
final class Fixtures {
  private Fixtures() {}

  /** A copied corpus note, e.g. {@code unikraft/discussions/maintainers/2024/2024-03-04.md}. */
  static byte[] corpusBytes(String path) {
    return TestNotes.bytes(path);
  }

  static Meeting corpus(String path) {
    return corpus(path, PeopleDirectory.empty());
  }

  static Meeting corpus(String path, PeopleDirectory people) {
    return new NotesParser(people).parse(path, corpusBytes(path));
  }

  static Meeting notes(String source, String text) {
    return notes(source, text, PeopleDirectory.empty());
  }

  static Meeting notes(String source, String text, PeopleDirectory people) {
    return new NotesParser(people).parse(source, text.getBytes(StandardCharsets.UTF_8));
  }

  static ActionItem actionAt(Meeting meeting, int line) {
    return meeting.actions().stream()
        .filter(a -> a.line() == line)
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no action on line "
                        + line
                        + " in "
                        + meeting.source()
                        + ": "
                        + lines(meeting)));
  }

  static ActionItem actionWithText(Meeting meeting, String text) {
    return meeting.actions().stream()
        .filter(a -> a.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no action '" + text + "' in " + meeting.actions()));
  }

  static List<String> codes(Meeting meeting) {
    return meeting.warnings().stream().map(Diagnostic::code).toList();
  }

  private static List<Integer> lines(Meeting meeting) {
    return meeting.actions().stream().map(ActionItem::line).toList();
  }
}
