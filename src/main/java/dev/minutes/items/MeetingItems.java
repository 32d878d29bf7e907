package dev.minutes.items;

import java.util.List;
import java.util.Map;

/**
 * One meeting's action items, with the URL of the issue that tracks each (item id → URL; items
 * without an issue are absent), as announcements and {@code /meeting} show them.
 */
public record MeetingItems(List<TrackedItem> items, Map<Long, String> issueUrls) {
  public MeetingItems {
    items = List.copyOf(items);
    issueUrls = Map.copyOf(issueUrls);
  }
}
