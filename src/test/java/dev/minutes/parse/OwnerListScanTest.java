package dev.minutes.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The hand-written owner-list scan finds what the pattern it stands in for finds. */
class OwnerListScanTest {
  private static final Pattern OWNER_LIST = Pattern.compile("^([^:]{1,60}?)\\s*:(?:\\s+|$)");

  @Test
  void everyLineOfTheFixturesIsReadAsThePatternReadsIt() throws IOException {
    List<String> lines = new ArrayList<>(fixtureLines());
    lines.addAll(
        List.of(
            "",
            ":",
            "RD:",
            "RD:x",
            "RD :  rest",
            " RD: rest",
            "RD \t: rest",
            " : rest",
            "RD:\u0085",
            "RD:\u2028",
            "RD:\u0085x",
            "RD:\r\n",
            "RD:\u00a0rest",
            "a".repeat(60) + ": rest",
            "a".repeat(61) + ": rest",
            "a".repeat(60) + "      : rest",
            "Note: see https://example.org: now",
            "http://example.org"));
    assertThat(lines).hasSizeGreaterThan(100);
    for (String line : lines) {
      for (String text : List.of(line, line.strip())) {
        Matcher matcher = OWNER_LIST.matcher(text);
        LinePrefix.OwnerList found = LinePrefix.ownerList(text);
        if (matcher.find()) {
          assertThat(found)
              .as(text)
              .isEqualTo(new LinePrefix.OwnerList(matcher.group(1), matcher.end()));
        } else {
          assertThat(found).as(text).isNull();
        }
      }
    }
  }

  private static List<String> fixtureLines() throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".md")).toList()) {
        lines.addAll(List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1)));
      }
    }
    return lines;
  }
}
