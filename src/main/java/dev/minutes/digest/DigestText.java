package dev.minutes.digest;

import dev.minutes.items.TrackedItem;
import dev.minutes.notes.Owner;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Renders a {@link Digest} as Markdown (Discord, a mailing list, a GitHub discussion) or as plain
 * text for a terminal. Both say the same things in the same order. Every piece of text that comes
 * from the notes (titles, teams, decisions, owners, item text) passes through one function, so a
 * chat can escape it with its own rules while the headings and bold stay Markdown.
 */
public final class DigestText {
  /** How the digest is marked up. */
  public enum Style {
    MARKDOWN,
    TEXT
  }

  private final Style style;
  private final UnaryOperator<String> notesText;
  private final StringBuilder out = new StringBuilder();

  private DigestText(Style style, UnaryOperator<String> notesText) {
    this.style = style;
    this.notesText = notesText;
  }

  /** The digest with the notes' text as written: for a terminal or a file. */
  public static String render(Digest digest, Style style) {
    return render(digest, style, UnaryOperator.identity());
  }

  /**
   * @param notesText applied to every piece of text that comes from the notes, e.g. a chat's escape
   */
  public static String render(Digest digest, Style style, UnaryOperator<String> notesText) {
    return new DigestText(style, notesText).write(digest);
  }

  private String write(Digest digest) {
    LocalDate from = digest.since().atZone(digest.zone()).toLocalDate();
    LocalDate to = digest.until().minusMillis(1).atZone(digest.zone()).toLocalDate();
    heading(1, "Weekly digest " + from + " to " + to);
    int change = digest.openNow() - digest.openWeekAgo();
    line(
        bold("Trend:")
            + " "
            + digest.openNow()
            + " open items now, "
            + digest.openWeekAgo()
            + " a week ago ("
            + (change > 0 ? "+" : "")
            + change
            + ").");
    meetings(digest.meetings());
    newItems(digest.newItemsByOwner(), digest.newItemCount());
    heading(2, "Overdue (" + digest.overdue().size() + ")");
    items(digest.overdue(), to, true);
    heading(2, "Stale, no longer reminded (" + digest.stale().size() + ")");
    items(digest.stale(), to, true);
    heading(2, "Done (" + digest.done().size() + ")");
    items(digest.done(), to, false);
    return out.toString();
  }

  private void meetings(List<DigestMeeting> meetings) {
    heading(2, "Meetings (" + meetings.size() + ")");
    if (meetings.isEmpty()) {
      line("None.");
    }
    for (DigestMeeting meeting : meetings) {
      line(
          "- "
              + bold(notesText.apply(meeting.title()))
              + " · "
              + (meeting.teams().isEmpty()
                  ? "no team"
                  : notesText.apply(String.join(", ", meeting.teams())))
              + " · "
              + (meeting.date() == null ? "undated" : meeting.date())
              + " · "
              + link(meeting.link()));
      for (String decision : meeting.decisions()) {
        line("  - Decision: " + notesText.apply(decision));
      }
    }
  }

  private void newItems(Map<String, List<TrackedItem>> byOwner, long count) {
    heading(2, "New action items (" + count + ")");
    if (byOwner.isEmpty()) {
      line("None.");
    }
    byOwner.forEach(
        (owner, items) -> {
          line(bold(notesText.apply(owner)) + " (" + items.size() + ")");
          for (TrackedItem item : items) {
            line(
                "- #"
                    + item.id()
                    + " "
                    + notesText.apply(item.text())
                    + (item.due() == null ? "" : " (due " + item.due() + ")"));
          }
        });
  }

  private void items(List<TrackedItem> items, LocalDate today, boolean showLateness) {
    if (items.isEmpty()) {
      line("None.");
    }
    for (TrackedItem item : items) {
      StringBuilder text = new StringBuilder("- #").append(item.id()).append(' ');
      text.append(notesText.apply(owners(item))).append(": ").append(notesText.apply(item.text()));
      if (showLateness && item.due() != null) {
        long late = ChronoUnit.DAYS.between(item.due(), today);
        text.append(" (due ").append(item.due()).append(", ").append(late).append(" days late)");
      }
      line(text.toString());
    }
  }

  /** Owners as the notes wrote them ({@code RD/CC}): short, and what readers of the notes know. */
  private static String owners(TrackedItem item) {
    return item.owners().isEmpty()
        ? "(no owner)"
        : item.owners().stream().map(Owner::token).collect(Collectors.joining("/"));
  }

  private void heading(int level, String text) {
    if (out.length() > 0) {
      out.append('\n');
    }
    if (style == Style.MARKDOWN) {
      line("#".repeat(level) + " " + text);
    } else {
      line(text);
      line((level == 1 ? "=" : "-").repeat(text.length()));
    }
  }

  private String bold(String text) {
    return style == Style.MARKDOWN ? "**" + text + "**" : text;
  }

  private String link(String target) {
    // Angle brackets keep Discord from unfurling a preview for every meeting.
    return style == Style.MARKDOWN && target.contains("://") ? "<" + target + ">" : target;
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
