package dev.minutes.chat;

import dev.minutes.items.TrackedItem;
import dev.minutes.notes.Owner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Action items grouped by their owners, in the order the owners first appear, as Discord text. */
final class ItemGroups {
  private ItemGroups() {}

  /**
   * One heading line per owner group (linked owners as mentions) followed by one line per item.
   *
   * @param issueUrls item id → URL of the issue that tracks it
   * @param maxItemText longer item texts are cut with "…"; 0 keeps them whole
   */
  static List<String> lines(
      List<TrackedItem> items,
      ChatMembers members,
      Map<Long, String> issueUrls,
      int maxItemText,
      List<String> mentioned) {
    Map<String, List<TrackedItem>> byOwners = new LinkedHashMap<>();
    Map<String, String> headings = new LinkedHashMap<>();
    for (TrackedItem item : items) {
      String key =
          item.owners().stream().map(Owner::token).collect(Collectors.joining("/")).toLowerCase();
      byOwners.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
      headings.computeIfAbsent(key, k -> heading(item.owners(), members, mentioned));
    }
    List<String> lines = new ArrayList<>();
    byOwners.forEach(
        (key, group) -> {
          lines.add(headings.get(key));
          group.forEach(item -> lines.add(itemLine(item, issueUrls.get(item.id()), maxItemText)));
        });
    return lines;
  }

  private static String heading(List<Owner> owners, ChatMembers members, List<String> mentioned) {
    if (owners.isEmpty()) {
      return "__No owner__";
    }
    List<String> names = new ArrayList<>();
    for (Owner owner : owners) {
      Optional<String> userId = members.userIdOf(owner);
      String person = owner.person() == null ? owner.token() : members.canonical(owner.person());
      if (userId.isPresent()) {
        names.add(DiscordMarkdown.mention(userId.get()));
        if (!mentioned.contains(userId.get())) {
          mentioned.add(userId.get());
        }
      } else if (person.equals(owner.token())) {
        names.add("**" + DiscordMarkdown.escape(owner.token()) + "**");
      } else {
        names.add(
            "**"
                + DiscordMarkdown.escape(owner.token())
                + "** ("
                + DiscordMarkdown.escape(person)
                + ")");
      }
    }
    return String.join(", ", names);
  }

  static String itemLine(TrackedItem item, String issueUrl, int maxItemText) {
    String text = item.text();
    if (maxItemText > 0 && text.length() > maxItemText) {
      text = text.substring(0, maxItemText - 1).strip() + "…";
    }
    StringBuilder line = new StringBuilder("• `#").append(item.id()).append("` ");
    switch (item.status()) {
      case DONE -> line.append("~~").append(DiscordMarkdown.escape(text)).append("~~ (done)");
      default -> line.append(DiscordMarkdown.escape(text));
    }
    if (item.due() != null) {
      line.append(" — due ").append(item.due());
    }
    if (issueUrl != null) {
      line.append(" — <").append(issueUrl).append('>'); // angle brackets: no link preview
    }
    return line.toString();
  }
}
