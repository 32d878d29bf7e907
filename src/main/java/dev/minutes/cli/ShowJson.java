package dev.minutes.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.minutes.items.ItemHistoryEntry;
import dev.minutes.items.Store;
import dev.minutes.items.StoredMeeting;
import dev.minutes.items.TrackedItem;
import dev.minutes.notes.AgendaItem;
import dev.minutes.notes.Decision;
import java.util.List;

/**
 * {@code minutes show --format json} and {@code minutes meetings --format json}: a meeting or an
 * item as one JSON object, with the same fields as the text shows (the README documents them).
 */
final class ShowJson {
  private ShowJson() {}

  /** A meeting as {@code meetings} lists it: no agenda, decisions or items, its open count. */
  static ObjectNode meetingSummary(StoredMeeting meeting, long open) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("id", meeting.id());
    node.put("date", meeting.date() == null ? null : meeting.date().toString());
    node.put(
        "datetime",
        meeting.datetime() == null ? null : MeetingJson.DATETIME.format(meeting.datetime()));
    node.put("title", meeting.title());
    node.put("source", meeting.source());
    ArrayNode teams = node.putArray("teams");
    meeting.teams().forEach(teams::add);
    node.put("open", open);
    return node;
  }

  /** A meeting in full: the summary, then agenda, decisions and every item. */
  static ObjectNode meeting(StoredMeeting meeting, List<TrackedItem> items) {
    long open = items.stream().filter(i -> i.status() == dev.minutes.items.ItemStatus.OPEN).count();
    ObjectNode node = meetingSummary(meeting, open);
    ArrayNode agenda = node.putArray("agenda");
    for (AgendaItem item : meeting.agenda()) {
      agenda.addObject().put("text", item.text()).put("line", item.line());
    }
    ArrayNode decisions = node.putArray("decisions");
    for (Decision decision : meeting.decisions()) {
      decisions.addObject().put("text", decision.text()).put("line", decision.line());
    }
    ArrayNode array = node.putArray("items");
    items.forEach(item -> array.add(TodoListing.json(item)));
    return node;
  }

  /** An item as {@code todos --format json} has it, with its history and side effects. */
  static ObjectNode item(Store store, TrackedItem item, List<ItemHistoryEntry> history) {
    ObjectNode node = TodoListing.json(item);
    ArrayNode entries = node.putArray("history");
    for (ItemHistoryEntry entry : history) {
      entries
          .addObject()
          .put("at", entry.at().toString())
          .put("change", entry.change())
          .put("actor", entry.actor())
          .put("detail", entry.detail());
    }
    ArrayNode effects = node.putArray("sideEffects");
    for (ItemSideEffects.Done done : ItemSideEffects.of(store, item, history)) {
      effects.addObject().put("at", done.at().toString()).put("what", done.what());
    }
    return node;
  }
}
