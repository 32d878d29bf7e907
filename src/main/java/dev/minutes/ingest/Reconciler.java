package dev.minutes.ingest;

import dev.minutes.items.ItemPlan;
import dev.minutes.items.ItemPlanner;
import dev.minutes.items.ItemStatus;
import dev.minutes.items.TrackedItem;
import dev.minutes.notes.ActionItem;
import dev.minutes.notes.Owner;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Matches the action items of a re-ingested file to the ones already stored, so an item keeps its
 * identity (its number, its GitHub issue) when its text gets a small edit, when it moves, or when
 * it gains a due date. Exact text matches are taken first; then the most similar pairs above {@link
 * #SIMILARITY}. Pure: stored items and parsed items in, a plan out.
 */
public final class Reconciler implements ItemPlanner {
  /** A typo fix or an added word keeps an item; a rewrite makes a new one. */
  static final double SIMILARITY = 0.75;

  private final List<ActionItem> parsed;

  public Reconciler(List<ActionItem> parsed) {
    this.parsed = List.copyOf(parsed);
  }

  @Override
  public ItemPlan plan(List<TrackedItem> stored) {
    List<Pair> pairs = new ArrayList<>();
    Set<Integer> matchedParsed = new HashSet<>();
    Set<Long> matchedStored = new HashSet<>();
    for (int i = 0; i < parsed.size(); i++) {
      for (TrackedItem item : stored) {
        if (!matchedStored.contains(item.id())
            && normalise(item.text()).equals(normalise(parsed.get(i).text()))) {
          pairs.add(new Pair(i, item));
          matchedParsed.add(i);
          matchedStored.add(item.id());
          break;
        }
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < parsed.size(); i++) {
      if (matchedParsed.contains(i)) {
        continue;
      }
      for (TrackedItem item : stored) {
        if (matchedStored.contains(item.id())) {
          continue;
        }
        double similarity = similarity(item.text(), parsed.get(i).text());
        if (similarity >= SIMILARITY) {
          candidates.add(new Candidate(i, item, similarity));
        }
      }
    }
    candidates.sort(
        Comparator.comparingDouble(Candidate::similarity)
            .reversed()
            .thenComparingLong(c -> c.item().id()));
    for (Candidate candidate : candidates) {
      if (!matchedParsed.contains(candidate.index())
          && !matchedStored.contains(candidate.item().id())) {
        pairs.add(new Pair(candidate.index(), candidate.item()));
        matchedParsed.add(candidate.index());
        matchedStored.add(candidate.item().id());
      }
    }
    List<ItemPlan.Update> updates = new ArrayList<>();
    for (Pair pair : pairs) {
      updates.add(update(pair.item(), parsed.get(pair.index())));
    }
    List<ActionItem> added = new ArrayList<>();
    for (int i = 0; i < parsed.size(); i++) {
      if (!matchedParsed.contains(i)) {
        added.add(parsed.get(i));
      }
    }
    List<Long> removed =
        stored.stream()
            .filter(item -> !matchedStored.contains(item.id()))
            .filter(item -> item.status() != ItemStatus.REMOVED)
            .map(TrackedItem::id)
            .toList();
    return new ItemPlan(added, updates, removed);
  }

  private static ItemPlan.Update update(TrackedItem stored, ActionItem item) {
    List<String> changes = new ArrayList<>();
    if (!stored.text().equals(item.text())) {
      changes.add("text: " + stored.text() + " → " + item.text());
    }
    if (!tokens(stored.owners()).equals(tokens(item.owners()))) {
      changes.add("owners: " + tokens(stored.owners()) + " → " + tokens(item.owners()));
    }
    if (!Objects.equals(stored.due(), item.due())) {
      changes.add("due: " + stored.due() + " → " + item.due());
    }
    ItemStatus newStatus = null;
    if (stored.status() == ItemStatus.REMOVED) {
      newStatus = item.done() ? ItemStatus.DONE : ItemStatus.OPEN;
    } else if (stored.status() == ItemStatus.OPEN && item.done()) {
      newStatus = ItemStatus.DONE;
    }
    // A done item stays done even if the notes still show it unticked.
    return new ItemPlan.Update(stored.id(), item, newStatus, changes);
  }

  private static List<String> tokens(List<Owner> owners) {
    return owners.stream().map(Owner::token).toList();
  }

  static double similarity(String a, String b) {
    String left = normalise(a);
    String right = normalise(b);
    int longest = Math.max(left.length(), right.length());
    if (longest == 0) {
      return 1.0;
    }
    int distance = LevenshteinDistance.getDefaultInstance().apply(left, right);
    return 1.0 - (double) distance / longest;
  }

  static String normalise(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return folded.replaceAll("\\s+", " ").replaceAll("[\\s.,;:!?]+$", "").strip();
  }

  private record Pair(int index, TrackedItem item) {}

  private record Candidate(int index, TrackedItem item, double similarity) {}
}
