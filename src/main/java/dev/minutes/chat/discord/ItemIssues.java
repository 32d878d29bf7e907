package dev.minutes.chat.discord;

import dev.minutes.items.TrackedItem;

/** Opens (or finds) the GitHub issue of an item for {@code /issue}; wired by the CLI. */
@FunctionalInterface
public interface ItemIssues {
  /** A one-line answer for the channel: the issue URL, or why there is none. */
  String open(TrackedItem item);
}
