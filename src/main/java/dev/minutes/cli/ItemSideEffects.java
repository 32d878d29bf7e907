package dev.minutes.cli;

import dev.minutes.chat.AnnouncementUpdates;
import dev.minutes.items.Effect;
import dev.minutes.items.ItemHistoryEntry;
import dev.minutes.items.Store;
import dev.minutes.items.TrackedItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What Minutes did outside the store for an item, with when: its issues (opened or linked, edited,
 * closed, reopened, from the item's history) and its meeting's announcement and updates. Shown by
 * {@code minutes show ID} as text and as JSON.
 */
final class ItemSideEffects {
  private static final Set<String> ISSUE_CHANGES =
      Set.of("linked", "issue edited", "issue closed", "issue reopened");

  /** One thing done, and when. */
  record Done(Instant at, String what) {}

  private ItemSideEffects() {}

  /** In time order; what happened in the same millisecond keeps its recorded order. */
  static List<Done> of(Store store, TrackedItem item, List<ItemHistoryEntry> history) {
    List<Done> done = new ArrayList<>();
    for (ItemHistoryEntry entry : history) {
      if (ISSUE_CHANGES.contains(entry.change())) {
        String what = entry.change().equals("linked") ? "issue opened or linked" : entry.change();
        done.add(new Done(entry.at(), what + ": " + entry.detail()));
      }
    }
    for (Effect effect : store.effects(AnnouncementUpdates.key(item.meetingId()))) {
      Optional<String> what = AnnouncementUpdates.describe(effect, item.meetingId());
      if (what.isPresent() && effect.completedAt() != null) {
        done.add(new Done(effect.completedAt(), what.get()));
      }
    }
    done.sort(Comparator.comparing(Done::at));
    return done;
  }
}
