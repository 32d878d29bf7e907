package dev.minutes.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into messages of at most a given length, at line ends where possible, else at a space,
 * else anywhere that does not split an escape ({@code \*}) or a surrogate pair. Only the space at a
 * cut and empty lines at the start of a part are dropped; every word is kept.
 */
public final class MessageSplitter {
  /** Discord's limit for the content of one message. */
  public static final int DISCORD_LIMIT = 2000;

  private MessageSplitter() {}

  public static List<String> split(String text, int limit) {
    if (limit < 2) {
      throw new IllegalArgumentException("limit must be at least 2");
    }
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      String rest = line;
      while (rest.length() > limit) {
        flush(current, parts);
        int cut = cutPoint(rest, limit);
        parts.add(rest.substring(0, cut));
        rest = rest.substring(cut).stripLeading();
      }
      if (!current.isEmpty() && current.length() + 1 + rest.length() > limit) {
        flush(current, parts);
      }
      if (current.isEmpty() && rest.isBlank()) {
        continue; // no message starts with an empty line
      }
      if (!current.isEmpty()) {
        current.append('\n');
      }
      current.append(rest);
    }
    flush(current, parts);
    if (parts.isEmpty()) {
      parts.add("\u200b"); // Discord refuses an empty message
    }
    return parts;
  }

  /**
   * Like {@link #split}, but at most {@code maxParts} messages: beyond them the last message only
   * says how many lines were left out and why, so one file can never flood the channel.
   *
   * @param limitKey the setting that raises the limit, named in that last message
   */
  public static List<String> splitAtMost(String text, int limit, int maxParts, String limitKey) {
    List<String> parts = split(text, limit);
    if (maxParts < 1 || parts.size() <= maxParts) {
      return parts;
    }
    List<String> kept = new ArrayList<>(parts.subList(0, maxParts - 1));
    long hidden =
        parts.subList(maxParts - 1, parts.size()).stream().mapToLong(p -> p.lines().count()).sum();
    kept.add(
        "… "
            + hidden
            + " more lines not posted: at most "
            + maxParts
            + " messages go out at a time ("
            + limitKey
            + "). The notes have it all; `/todos` lists the open items.");
    return kept;
  }

  private static void flush(StringBuilder current, List<String> parts) {
    if (!current.isEmpty()) {
      parts.add(current.toString());
      current.setLength(0);
    }
  }

  private static int cutPoint(String line, int limit) {
    int space = line.lastIndexOf(' ', limit);
    int cut = space > limit / 2 ? space : limit;
    if (Character.isHighSurrogate(line.charAt(cut - 1))) {
      cut--;
    }
    int backslashes = 0;
    for (int i = cut - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    if (backslashes % 2 == 1) {
      cut--; // keep "\x" together, or the escape would apply to nothing
    }
    return cut;
  }
}
