package dev.minutes.parse;

import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.minutes.notes.ActionItem;
import dev.minutes.notes.Diagnostic;
import dev.minutes.notes.Meeting;
import dev.minutes.people.PeopleDirectory;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one notes file (Markdown with YAML front matter, HackMD habits welcome) into a {@link
 * Meeting}. Never throws for bad input: whatever is wrong with the file becomes a diagnostic with a
 * line, and a file that cannot be understood at all yields an empty meeting with an error.
 * Thread-safe; one instance can parse many files.
 */
public final class NotesParser {
  private final PeopleDirectory people;
  private final Parser markdown;
  private final HeadingVocabulary headings;
  private final LineMarkers markers;

  public NotesParser(PeopleDirectory people) {
    this(people, ParseVocabulary.standard());
  }

  /** A parser that also knows a community's own words (see {@link ParseVocabulary}). */
  public NotesParser(PeopleDirectory people, ParseVocabulary vocabulary) {
    this.people = people;
    this.headings = HeadingVocabulary.of(vocabulary);
    this.markers = LineMarkers.of(vocabulary);
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TaskListExtension.create(), TablesExtension.create()));
    this.markdown = Parser.builder(options).build();
  }

  /**
   * Parses one file.
   *
   * @param source the path as the user gave it; reported back unchanged
   * @param content the raw bytes of the file
   */
  public Meeting parse(String source, byte[] content) {
    return read(source, content, false).meeting();
  }

  /**
   * Why each line of a file became an agenda item, an action or a decision, in line order; empty
   * for a file that cannot be read.
   */
  public List<LineExplanation> explain(String source, byte[] content) {
    List<LineExplanation> explained = new ArrayList<>(read(source, content, true).explanations());
    explained.sort(java.util.Comparator.comparingInt(LineExplanation::line));
    return explained;
  }

  private record Parsed(Meeting meeting, List<LineExplanation> explanations) {}

  private Parsed read(String source, byte[] content, boolean explaining) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    SourceText decoded = SourceText.decode(content);
    diagnostics.addAll(decoded.diagnostics());
    if (decoded.text() == null) {
      return new Parsed(unreadable(source, diagnostics), List.of());
    }
    List<String> lines = new ArrayList<>(Arrays.asList(decoded.text().split("\n", -1)));
    FrontMatter front = FrontMatter.read(lines, diagnostics);
    List<String> original = List.copyOf(lines);
    for (int i = 0; i < front.bodyStart(); i++) {
      lines.set(i, "");
    }
    if (!front.present()) {
      diagnostics.add(
          Diagnostic.warning(
              "front-matter-missing",
              "no YAML front matter (a '---' block with title, datetime, participants)",
              1,
              1));
    }
    HackMdHabits.Found hackmd = HackMdHabits.strip(lines, front.bodyStart());
    NestingLimit.apply(lines, diagnostics);
    InlineCommentLimit.apply(lines, diagnostics);
    String body = String.join("\n", lines);
    List<Block> blocks = Outline.of(markdown.parse(body), body);

    OffsetDateTime datetime = MeetingDates.datetime(front, original, diagnostics);
    LocalDate date = MeetingDates.meetingDate(source, front, hackmd, datetime);
    if (date == null) {
      date = MeetingFacts.bodyDate(blocks, MeetingFacts.pathYear(source)).orElse(null);
    }
    String title =
        front.string("title") != null ? front.string("title") : MeetingFacts.firstH1(blocks);
    List<String> participants = Participants.of(front.list("participants"));
    if (participants.isEmpty()) {
      participants = Participants.of(hackmd.participants());
    }
    List<String> tags = new ArrayList<>(front.list("tags"));
    tags.addAll(hackmd.tags());

    AttendeeKeys keys = AttendeeKeys.NONE;
    if (participants.isEmpty()) {
      keys = AttendeeKeys.in(lines, front.bodyStart());
      participants = keys.names();
    }
    OwnerResolver resolver = new OwnerResolver(participants, people, keys.aliases());
    Extraction found = SectionWalker.walk(blocks, headings, markers, resolver, explaining);
    if (participants.isEmpty() && !found.attendees().isEmpty()) {
      // Owners are told from the participants, which these notes list in their body: read again.
      participants = Participants.of(found.attendees());
      resolver = new OwnerResolver(participants, people);
      found = SectionWalker.walk(blocks, headings, markers, resolver, explaining);
    }
    LocalDate nextMeeting = NextMeeting.in(texts(blocks), date).orElse(null);
    diagnostics.addAll(found.diagnostics());
    List<ActionItem> actions =
        ActionItems.of(found.actions(), resolver, date, nextMeeting, diagnostics);
    Meeting meeting =
        new Meeting(
            source,
            title,
            datetime,
            date,
            tags,
            front.string("location"),
            front.list("teams"),
            participants,
            found.agenda(),
            found.discussion(),
            actions,
            found.decisions(),
            nextMeeting,
            diagnostics);
    return new Parsed(meeting, found.explanations());
  }

  /** The largest notes file the parser reads (2 MiB); larger files yield an error. */
  public static final int MAX_FILE_BYTES = SourceText.MAX_BYTES;

  /** The meeting for a file that could not even be read, with an error saying why. */
  public Meeting unreadable(String source, String reason) {
    return unreadable(
        source,
        List.of(Diagnostic.error("unreadable-file", "cannot read the file: " + reason, 0, 0)));
  }

  private static Meeting unreadable(String source, List<Diagnostic> diagnostics) {
    return new Meeting(
        source,
        null,
        null,
        MeetingDates.fileDate(source),
        List.of(),
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        diagnostics);
  }

  private static List<String> texts(List<Block> blocks) {
    List<String> texts = new ArrayList<>();
    for (Block block : blocks) {
      collectTexts(block, texts);
    }
    return texts;
  }

  private static void collectTexts(Block block, List<String> into) {
    into.add(block.text());
    for (Block child : block.children()) {
      collectTexts(child, into);
    }
  }
}
