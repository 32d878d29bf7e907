package dev.minutes.chat.discord;

import dev.minutes.items.TrackedItem;
import dev.minutes.tracker.IssueResult;
import java.util.Optional;

/** Opens (or finds) the GitHub issue of an item for {@code /issue}: the OpenIssues use case. */
@FunctionalInterface
public interface ItemIssues {
  /** What became of the item's issue; empty when the item is not open. */
  Optional<IssueResult> open(TrackedItem item);
}
