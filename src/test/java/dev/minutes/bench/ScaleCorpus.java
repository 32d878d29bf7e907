package dev.minutes.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * N copies of a notes archive in one folder, as a community with N times the history would have
 * them: copy 0 is the archive as it is, copy k (k > 0) has every list line suffixed with " (copy
 * k)" so its action items are items of their own, not edits of copy 0's.
 */
final class ScaleCorpus {
  private static final Pattern LIST_LINE = Pattern.compile("^\\s*([-*+]|\\d+[.)])\\s+\\S.*");

  private ScaleCorpus() {}

  /** Writes {@code copies} copies of {@code archive} under {@code target}; returns the count. */
  static int build(Path archive, int copies, Path target) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(archive)) {
      files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    for (int copy = 0; copy < copies; copy++) {
      Path folder = target.resolve(String.format("copy-%03d", copy));
      for (Path file : files) {
        Path out = folder.resolve(archive.relativize(file).toString());
        Files.createDirectories(out.getParent());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(out, copy == 0 ? text : suffixed(text, copy), StandardCharsets.UTF_8);
      }
    }
    return files.size() * copies;
  }

  private static String suffixed(String text, int copy) {
    StringBuilder out = new StringBuilder(text.length() + 512);
    for (String line : text.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(line);
      if (LIST_LINE.matcher(line).matches()) {
        out.append(" (copy ").append(copy).append(')');
      }
    }
    return out.toString();
  }
}
