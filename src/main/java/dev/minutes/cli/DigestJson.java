package dev.minutes.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.minutes.digest.Digest;
import dev.minutes.digest.DigestMeeting;
import dev.minutes.items.TrackedItem;
import java.util.List;

/** The digest as JSON, for scripts: the same sections as the Markdown. */
final class DigestJson {
  private DigestJson() {}

  static ObjectNode of(Digest digest) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("since", digest.since().toString());
    root.put("until", digest.until().toString());
    root.put("zone", digest.zone().getId());
    root.putObject("trend")
        .put("openNow", digest.openNow())
        .put("openWeekAgo", digest.openWeekAgo());
    ArrayNode meetings = root.putArray("meetings");
    for (DigestMeeting meeting : digest.meetings()) {
      ObjectNode node = meetings.addObject();
      node.put("title", meeting.title());
      meeting.teams().forEach(node.putArray("teams")::add);
      node.put("date", meeting.date() == null ? null : meeting.date().toString());
      node.put("link", meeting.link());
      meeting.decisions().forEach(node.putArray("decisions")::add);
    }
    ObjectNode byOwner = root.putObject("newItemsByOwner");
    digest.newItemsByOwner().forEach((owner, items) -> items(byOwner.putArray(owner), items));
    items(root.putArray("overdue"), digest.overdue());
    items(root.putArray("stale"), digest.stale());
    items(root.putArray("done"), digest.done());
    return root;
  }

  private static void items(ArrayNode array, List<TrackedItem> items) {
    for (TrackedItem item : items) {
      array
          .addObject()
          .put("id", item.id())
          .put("text", item.text())
          .put("owners", ItemText.owners(item))
          .put("due", item.due() == null ? null : item.due().toString())
          .put("meeting", item.meetingSource());
    }
  }
}
