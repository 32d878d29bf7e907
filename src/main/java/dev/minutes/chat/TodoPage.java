package dev.minutes.chat;

import dev.minutes.items.TrackedItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One page of {@code /todos}: a few items, each with its buttons, plus the page position. Items are
 * cut to a length that keeps a full page inside one Discord message.
 *
 * @param page 0-based
 */
public record TodoPage(ChatMessage message, int page, int pages) {
  /** Four item rows leave the fifth row of buttons for paging. */
  public static final int ITEMS_PER_PAGE = 4;

  static final int MAX_ITEM_TEXT = 300;

  /**
   * @param heading what was asked, e.g. "Open items of RD"
   * @param page wanted page, clamped to the pages that exist
   * @param issueUrls item id → issue link, asked only for the items on the page shown
   */
  public static TodoPage of(
      String heading,
      List<TrackedItem> items,
      int page,
      Function<List<Long>, Map<Long, String>> issueUrls) {
    int pages = Math.max(1, (items.size() + ITEMS_PER_PAGE - 1) / ITEMS_PER_PAGE);
    int shown = Math.max(0, Math.min(page, pages - 1));
    List<TrackedItem> slice =
        items.subList(
            Math.min(items.size(), shown * ITEMS_PER_PAGE),
            Math.min(items.size(), (shown + 1) * ITEMS_PER_PAGE));
    StringBuilder text = new StringBuilder("**").append(DiscordMarkdown.escape(heading));
    text.append("** — ").append(items.size()).append(items.size() == 1 ? " item" : " items");
    if (pages > 1) {
      text.append(", page ").append(shown + 1).append('/').append(pages);
    }
    text.append('\n');
    if (items.isEmpty()) {
      text.append("Nothing to do. 🎉");
    }
    List<Long> ids = slice.stream().map(TrackedItem::id).toList();
    Map<Long, String> urls = ids.isEmpty() ? Map.of() : issueUrls.apply(ids);
    for (TrackedItem item : slice) {
      text.append(ItemGroups.itemLine(item, urls.get(item.id()), MAX_ITEM_TEXT));
      text.append(" — ").append(owners(item)).append('\n');
    }
    return new TodoPage(
        new ChatMessage(text.toString().stripTrailing(), List.of(), ids), shown, pages);
  }

  private static String owners(TrackedItem item) {
    List<String> names = new ArrayList<>();
    item.owners().forEach(o -> names.add(DiscordMarkdown.escape(o.token())));
    return names.isEmpty() ? "no owner" : String.join("/", names);
  }
}
