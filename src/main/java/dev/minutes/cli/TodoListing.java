package dev.minutes.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.minutes.items.ItemLine;
import dev.minutes.items.ItemListing.Grouping;
import dev.minutes.items.ListedItem;
import dev.minutes.items.ListedLine;
import dev.minutes.items.ListingCount;
import dev.minutes.items.TrackedItem;
import dev.minutes.notes.Owner;
import dev.minutes.people.Names;
import dev.minutes.people.PeopleDirectory;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Prints the rows of {@code minutes todos} as they come: one line per item ({@link #accept}) or one
 * JSON object ({@link #item}), a heading whenever the group changes, and at the end a line saying
 * how many more matched when the listing was cut. Rows arrive grouped (the store orders them), so
 * nothing is held but the current group's name.
 */
final class TodoListing implements Consumer<ListedLine>, AutoCloseable {
  private final PrintWriter out;
  private final boolean json;
  private final Grouping grouping;
  private final PeopleDirectory people;
  private final LocalDate today;
  private final Style style;
  private JsonStream stream;
  private String group;
  private boolean anyGroup;

  TodoListing(
      PrintWriter out,
      boolean json,
      Grouping grouping,
      PeopleDirectory people,
      LocalDate today,
      Style style) {
    this.out = out;
    this.json = json;
    this.grouping = grouping;
    this.people = people;
    this.today = today;
    this.style = style;
  }

  /** A row of a JSON listing: the whole item. */
  void item(ListedItem row) {
    stream = stream == null ? JsonStream.array(out) : stream;
    ObjectNode node = json(row.item());
    if (grouping != Grouping.NONE) {
      node.put("group", heading(ItemLine.of(row.item()), row.groupOwner()));
    }
    stream.write(node);
  }

  /** A row of a text listing: its line, under a new heading when the group changes. */
  @Override
  public void accept(ListedLine row) {
    if (grouping == Grouping.NONE) {
      out.println(ItemText.line(row.line(), today, style));
      return;
    }
    String heading = heading(row.line(), row.groupOwner());
    String key = heading == null ? "" : Names.fold(heading);
    if (!anyGroup || !Objects.equals(key, group)) {
      if (anyGroup) {
        out.println();
      }
      out.println(heading == null ? "(no owner)" : heading);
      group = key;
      anyGroup = true;
    }
    out.println("  " + ItemText.line(row.line(), today, style));
  }

  /** An empty listing: an empty JSON array, or the sentence. */
  void nothing() {
    if (json) {
      stream = JsonStream.array(out);
    } else {
      out.println("no action items match");
    }
  }

  /**
   * Says how many more matched when the limit cut the listing: a last line of text, or for JSON (an
   * array of items, which has no room for it) a line on {@code err}.
   */
  void more(ListingCount count, int limit, PrintWriter err) {
    if (count.more() <= 0) {
      return;
    }
    String line =
        String.format(
            Locale.ROOT,
            "… %,d more matched (--limit %d); narrow with --owner, --team, --overdue, or raise"
                + " --limit",
            count.more(),
            limit);
    if (json) {
      err.println(line);
      err.flush();
    } else {
      out.println(line);
    }
  }

  @Override
  public void close() {
    if (stream != null) {
      stream.close();
    }
  }

  /** The group's heading: the owner's name (null for no owner), or the meeting. */
  private String heading(ItemLine item, Owner groupOwner) {
    return switch (grouping) {
      case NONE -> null;
      case OWNER -> groupOwner == null ? null : people.displayName(groupOwner);
      case MEETING ->
          "M"
              + item.meetingId()
              + "  "
              + (item.meetingDate() == null ? "----------" : item.meetingDate())
              + "  "
              + (item.meetingTitle() == null ? "(untitled)" : item.meetingTitle())
              + "  "
              + item.meetingSource();
    };
  }

  static ObjectNode json(TrackedItem item) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("id", item.id());
    node.put("key", item.key());
    node.put("status", item.status().name().toLowerCase(Locale.ROOT));
    node.put("text", item.text());
    ArrayNode owners = node.putArray("owners");
    for (Owner o : item.owners()) {
      owners.addObject().put("token", o.token()).put("person", o.person());
    }
    node.put("due", item.due() == null ? null : item.due().toString());
    ArrayNode refs = node.putArray("refs");
    item.refs().forEach(refs::add);
    node.put("section", item.section());
    node.put("line", item.line());
    node.put("meeting", item.meetingSource());
    node.put("meetingTitle", item.meetingTitle());
    node.put("meetingDate", item.meetingDate() == null ? null : item.meetingDate().toString());
    if (item.snoozedUntil() != null) {
      node.put("snoozedUntil", item.snoozedUntil().toString());
    }
    return node;
  }
}
