package dev.minutes.items;

import dev.minutes.notes.ActionItem;
import java.util.List;

/**
 * What one ingest does to a meeting's items.
 *
 * @param added parsed items that match no stored item
 * @param updated stored items matched to a parsed item
 * @param removed ids of stored items no longer in the notes
 */
public record ItemPlan(List<ActionItem> added, List<Update> updated, List<Long> removed) {

  public ItemPlan {
    added = List.copyOf(added);
    updated = List.copyOf(updated);
    removed = List.copyOf(removed);
  }

  /**
   * A stored item seen again.
   *
   * @param newStatus the status it moves to, or null to keep it
   * @param changes what changed that people care about (text, owners, due); empty for a mere move
   */
  public record Update(long id, ActionItem item, ItemStatus newStatus, List<String> changes) {
    public Update {
      changes = List.copyOf(changes);
    }
  }
}
