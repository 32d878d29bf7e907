package dev.minutes.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HackMD conventions that are not Markdown: {@code ###### tags: `a` `b`} lines, {@code :::info}
 * blocks with {@code **Date:**} / {@code **Participants:**} fields, and {@code [TOC]}. Reads their
 * metadata and blanks the lines out (keeping line numbers), so the Markdown parser sees notes.
 */
final class HackMdHabits {
  private static final Pattern TAGS_LINE =
      Pattern.compile("^#{1,6}\\s+tags\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern FIELD =
      Pattern.compile("^\\s*(?:[-*]\\s+)?\\*\\*(?<key>[^*:]{1,30}):?\\*\\*\\s*:?\\s*(?<value>.*)$");
  private static final Pattern CONTAINER = Pattern.compile("^\\s*:::\\s*[\\w-]*\\s*$");
  private static final Pattern TOC = Pattern.compile("^\\s*\\[(?:TOC|toc)]\\s*$");

  /** Metadata found in HackMD habits; fields are null / empty when absent. */
  record Found(List<String> tags, String date, List<String> participants, int dateLine) {}

  private HackMdHabits() {}

  /** Reads the habits in {@code lines} from {@code start} and blanks their markup lines. */
  static Found strip(List<String> lines, int start) {
    List<String> tags = new ArrayList<>();
    String date = null;
    int dateLine = 0;
    List<String> participants = new ArrayList<>();
    boolean inContainer = false;
    for (int i = start; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!inContainer && !mayOpenHabit(line)) {
        continue; // every habit has markup at its start; most lines of notes have none
      }
      Matcher tagsLine = TAGS_LINE.matcher(line);
      if (tagsLine.matches()) {
        for (String tag : tagsLine.group(1).split("[`,\\s]+")) {
          if (!tag.isBlank()) {
            tags.add(tag.strip());
          }
        }
        lines.set(i, "");
      } else if (CONTAINER.matcher(line).matches()) {
        inContainer = !line.strip().equals(":::") || !inContainer;
        lines.set(i, "");
      } else if (TOC.matcher(line).matches()) {
        lines.set(i, "");
      } else if (inContainer) {
        Matcher field = FIELD.matcher(line);
        if (field.matches()) {
          String key = field.group("key").strip().toLowerCase(java.util.Locale.ROOT);
          String value = field.group("value").strip();
          if ((key.equals("date") || key.equals("time")) && date == null && !value.isEmpty()) {
            date = value;
            dateLine = i + 1;
          } else if (key.equals("participants") || key.equals("attendees")) {
            for (String who : value.split("\\s*[,;]\\s*")) {
              if (!who.isBlank()) {
                participants.add(who.strip().replaceFirst("^@", ""));
              }
            }
          }
        }
      }
    }
    return new Found(tags, date, participants, dateLine);
  }

  /**
   * Whether the line's first character past whitespace ({@code \s}) can open a habit outside a
   * container: {@code #} of a tags line, {@code :} of a container, {@code [} of a TOC. Checked
   * before the patterns, which every line of the notes would otherwise go through.
   */
  private static boolean mayOpenHabit(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (!TextShapes.isPatternSpace(c)) {
        return c == '#' || c == ':' || c == '[';
      }
    }
    return false;
  }
}
