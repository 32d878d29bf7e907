package dev.minutes.parse;

import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.minutes.notes.ActionItem;
import dev.minutes.notes.Diagnostic;
import dev.minutes.notes.Meeting;
import dev.minutes.notes.Owner;
import dev.minutes.people.PeopleDirectory;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one notes file (Markdown with YAML front matter, HackMD habits welcome) into a {@link
 * Meeting}. Never throws for bad input: whatever is wrong with the file becomes a diagnostic with a
 * line, and a file that cannot be understood at all yields an empty meeting with an error.
 * Thread-safe; one instance can parse many files.
 */
public final class NotesParser {
  private static final Pattern FILE_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern FIRST_SPACE = Pattern.compile(" ");

  /** The date-time form the notes template writes: {@code 2024-03-04T16:00:00+02:00}. */
  private static final Pattern TEMPLATE_DATETIME =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})([+-])(\\d{2}):(\\d{2})");

  private static final Pattern PLACEHOLDER =
      Pattern.compile("(?i)^(to ?fill|todo|tbd|tbc|n/?a|none|participant\\d*|-+|\\.\\.\\.|…)$");

  private static final Pattern AFFILIATION = Pattern.compile("\\s+\\([^)]*\\)?\\s*$");
  private static final Pattern HANDLE = Pattern.compile("\\s+@[\\w.-]+");

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
    return read(source, content).meeting();
  }

  /**
   * Why each line of a file became an agenda item, an action or a decision, in line order; empty
   * for a file that cannot be read.
   */
  public List<LineExplanation> explain(String source, byte[] content) {
    List<LineExplanation> explained = new ArrayList<>(read(source, content).explanations());
    explained.sort(java.util.Comparator.comparingInt(LineExplanation::line));
    return explained;
  }

  private record Parsed(Meeting meeting, List<LineExplanation> explanations) {}

  private Parsed read(String source, byte[] content) {
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

    OffsetDateTime datetime = datetime(front, original, diagnostics);
    LocalDate date = meetingDate(source, front, hackmd, datetime, diagnostics);
    if (date == null) {
      date = MeetingFacts.bodyDate(blocks, MeetingFacts.pathYear(source)).orElse(null);
    }
    String title =
        front.string("title") != null ? front.string("title") : MeetingFacts.firstH1(blocks);
    List<String> participants = participants(front.list("participants"));
    if (participants.isEmpty()) {
      participants = participants(hackmd.participants());
    }
    List<String> tags = new ArrayList<>(front.list("tags"));
    tags.addAll(hackmd.tags());

    OwnerResolver resolver = new OwnerResolver(participants, people);
    Extraction found = SectionWalker.walk(blocks, headings, markers, resolver);
    if (participants.isEmpty() && !found.attendees().isEmpty()) {
      // Owners are told from the participants, which these notes list in their body: read again.
      participants = participants(found.attendees());
      resolver = new OwnerResolver(participants, people);
      found = SectionWalker.walk(blocks, headings, markers, resolver);
    }
    LocalDate nextMeeting = NextMeeting.in(texts(blocks), date).orElse(null);
    diagnostics.addAll(found.diagnostics());
    List<ActionItem> actions = actions(found, resolver, date, nextMeeting, diagnostics);
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
        fileDate(source),
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

  private List<ActionItem> actions(
      Extraction found,
      OwnerResolver resolver,
      LocalDate date,
      LocalDate nextMeeting,
      List<Diagnostic> diagnostics) {
    ItemIds ids = new ItemIds();
    List<ActionItem> actions = new ArrayList<>();
    for (Extraction.Draft draft : found.actions()) {
      List<Owner> owners = new ArrayList<>();
      for (String token : draft.owners()) {
        OwnerResolver.Resolution resolution = resolver.resolve(token);
        owners.add(resolution.owner());
        switch (resolution.match()) {
          case UNKNOWN ->
              diagnostics.add(
                  Diagnostic.warning(
                      "unknown-owner",
                      "owner '" + token + "' matches no participant or person",
                      draft.line(),
                      0));
          case AMBIGUOUS ->
              diagnostics.add(
                  Diagnostic.warning(
                      "ambiguous-owner",
                      "owner '"
                          + token
                          + "' could be several participants; add it to the people file",
                      draft.line(),
                      0));
          default -> {}
        }
      }
      if (owners.isEmpty()) {
        diagnostics.add(
            Diagnostic.warning(
                "action-without-owner",
                "action item has no owner: " + abbreviate(draft.text()),
                draft.line(),
                0));
      }
      LocalDate due = DueDateResolver.resolve(draft.text(), date, nextMeeting).orElse(null);
      if (due == null && DueDateResolver.mentionsDeadline(draft.text())) {
        diagnostics.add(
            Diagnostic.warning(
                "unparsable-due-date",
                "action item speaks of a deadline but no date could be read: "
                    + abbreviate(draft.text()),
                draft.line(),
                0));
      }
      actions.add(
          new ActionItem(
              ids.next(draft.text(), draft.owners()),
              owners,
              draft.text(),
              due,
              References.in(draft.text()),
              draft.section(),
              draft.line(),
              draft.done()));
    }
    return actions;
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  private static OffsetDateTime datetime(
      FrontMatter front, List<String> lines, List<Diagnostic> diagnostics) {
    String written = front.string("datetime");
    if (written == null) {
      return null;
    }
    try {
      return isoDateTime(FIRST_SPACE.matcher(written).replaceFirst("T"));
    } catch (DateTimeParseException e) {
      diagnostics.add(
          Diagnostic.warning(
              "invalid-datetime",
              "front-matter datetime '" + written + "' is not an ISO-8601 date-time with offset",
              keyLine(lines, front, "datetime"),
              1));
      return null;
    }
  }

  /**
   * An ISO-8601 date-time with offset. {@code OffsetDateTime.parse} runs the general formatter,
   * which costs more than the rest of the front matter; the template's own form is read field by
   * field instead. Fields that make no valid date-time go to the formatter, whose exception says
   * what is wrong.
   */
  private static OffsetDateTime isoDateTime(String text) {
    Matcher fields = TEMPLATE_DATETIME.matcher(text);
    if (fields.matches()) {
      int sign = fields.group(7).equals("-") ? -1 : 1;
      try {
        return OffsetDateTime.of(
            number(fields, 1),
            number(fields, 2),
            number(fields, 3),
            number(fields, 4),
            number(fields, 5),
            number(fields, 6),
            0,
            ZoneOffset.ofHoursMinutes(sign * number(fields, 8), sign * number(fields, 9)));
      } catch (DateTimeException e) {
        return OffsetDateTime.parse(text); // throws, with the formatter's account of the problem
      }
    }
    return OffsetDateTime.parse(text);
  }

  private static int number(Matcher fields, int group) {
    return Integer.parseInt(fields.group(group));
  }

  private static LocalDate meetingDate(
      String source,
      FrontMatter front,
      HackMdHabits.Found hackmd,
      OffsetDateTime datetime,
      List<Diagnostic> diagnostics) {
    if (datetime != null) {
      return datetime.toLocalDate();
    }
    String written = front.string("date") != null ? front.string("date") : hackmd.date();
    if (written != null) {
      Optional<LocalDate> date = DueDateResolver.firstExplicitDate(written, null);
      if (date.isPresent()) {
        return date.get();
      }
    }
    LocalDate named = fileDate(source);
    return named != null ? named : MeetingFacts.folderDate(source).orElse(null);
  }

  private static LocalDate fileDate(String source) {
    String name = source.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    Matcher matcher = FILE_DATE.matcher(name);
    while (matcher.find()) {
      try {
        return LocalDate.parse(matcher.group());
      } catch (DateTimeParseException e) {
        continue;
      }
    }
    return null;
  }

  private static int keyLine(List<String> lines, FrontMatter front, String key) {
    for (int i = 0; i < front.bodyStart(); i++) {
      if (lines.get(i).strip().startsWith(key + ":")) {
        return i + 1;
      }
    }
    return 1;
  }

  private static List<String> participants(List<String> written) {
    List<String> names = new ArrayList<>();
    for (String name : written) {
      String stripped = name.strip();
      String clean = stripped.startsWith("@") ? stripped.substring(1) : stripped;
      // "Rich Trott @Trott (TSC)", "Divy (@designmoreweb)", "Jane Doe (Acme": the name only.
      String bare = AFFILIATION.matcher(clean).replaceFirst("");
      bare = HANDLE.matcher(bare).replaceAll("").strip();
      clean = bare.isEmpty() ? clean : bare;
      if (!clean.isEmpty() && !PLACEHOLDER.matcher(clean).matches()) {
        names.add(clean);
      }
    }
    return names;
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
