package dev.minutes.digest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits long text into pages that each fit a chat message limit (Discord: 2000 characters),
 * breaking between lines so that no list entry is cut in two; only a single line longer than the
 * limit is cut inside.
 */
public final class MessagePages {
  private MessagePages() {}

  public static List<String> split(String text, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    List<String> pages = new ArrayList<>();
    StringBuilder page = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      while (line.length() > limit) {
        flush(pages, page);
        pages.add(line.substring(0, limit));
        line = line.substring(limit);
      }
      int needed = page.length() == 0 ? line.length() : page.length() + 1 + line.length();
      if (needed > limit) {
        flush(pages, page);
      }
      if (page.length() > 0) {
        page.append('\n');
      }
      page.append(line);
    }
    flush(pages, page);
    return pages;
  }

  private static void flush(List<String> pages, StringBuilder page) {
    String text = page.toString().replaceFirst("^\\n+", "").stripTrailing();
    if (!text.isEmpty()) {
      pages.add(text);
    }
    page.setLength(0);
  }
}
