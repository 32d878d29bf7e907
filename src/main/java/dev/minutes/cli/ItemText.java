package dev.minutes.cli;

import dev.minutes.items.ItemLine;
import dev.minutes.items.ItemStatus;
import dev.minutes.items.TrackedItem;
import dev.minutes.notes.Owner;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** How an action item reads in a terminal: one line, number first. */
final class ItemText {
  private ItemText() {}

  /** Room for all of a line but its text: number, owners, due date, lateness, meeting title. */
  private static final int LINE_EXTRAS = 160;

  static String line(TrackedItem item, LocalDate today) {
    return line(item, today, Style.PLAIN);
  }

  static String line(TrackedItem item, LocalDate today, Style style) {
    return line(ItemLine.of(item), today, style);
  }

  /** The line with colour where {@code style} has it: late in red, done in green. */
  static String line(ItemLine item, LocalDate today, Style style) {
    // Sized for the whole line at once: a listing builds tens of thousands of them.
    StringBuilder line = new StringBuilder(LINE_EXTRAS + item.text().length());
    // "#%-5d" without a Formatter, which cost a listing more than the rest of the line.
    line.append('#').append(item.id());
    while (line.length() < 6) {
      line.append(' ');
    }
    if (item.status() != ItemStatus.OPEN) {
      String status = "[" + item.status().name().toLowerCase(java.util.Locale.ROOT) + "]";
      line.append(item.status() == ItemStatus.DONE ? style.good(status) : status).append(' ');
    }
    appendOwners(line, item.owners()).append(": ").append(item.text());
    if (item.due() != null) {
      line.append("  (due ").append(item.due());
      long late = ChronoUnit.DAYS.between(item.due(), today);
      if (item.status() == ItemStatus.OPEN && late > 0) {
        line.append(", ").append(style.bad(late + (late == 1 ? " day late" : " days late")));
      }
      line.append(')');
    }
    line.append("  — ")
        .append(item.meetingTitle() == null ? item.meetingSource() : item.meetingTitle());
    return line.toString();
  }

  static String owners(TrackedItem item) {
    return owners(item.owners());
  }

  private static String owners(List<Owner> owners) {
    return appendOwners(new StringBuilder(), owners).toString();
  }

  /** The owners as a line shows them, {@code RD (RăzvanD)/SK}; no stream per line of a listing. */
  private static StringBuilder appendOwners(StringBuilder line, List<Owner> owners) {
    if (owners.isEmpty()) {
      return line.append("(no owner)");
    }
    for (int i = 0; i < owners.size(); i++) {
      Owner owner = owners.get(i);
      if (i > 0) {
        line.append('/');
      }
      line.append(owner.token());
      if (owner.person() != null && !owner.person().equals(owner.token())) {
        line.append(" (").append(owner.person()).append(')');
      }
    }
    return line;
  }
}
