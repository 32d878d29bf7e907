package dev.minutes.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Drafts a people directory from what the notes say: every spelling of a person (owner tokens,
 * participant names, handles) is collected with where it was seen, and the spellings that denote
 * one person are merged. Evidence for a merge, strongest first:
 *
 * <ol>
 *   <li>the same name up to case, diacritics and a leading {@code @} ({@code Dragoș} = {@code
 *       Dragos} = {@code @dragos});
 *   <li>the parser resolved an owner token to a participant of its meeting, and that pairing is the
 *       most frequent for both ({@code DA} ↔ {@code Dragoș});
 *   <li>a compact and a full name with the same given name and initials ({@code RăzvanD}, {@code
 *       Răzvan Deaconescu});
 *   <li>initials that only one person's name implies ({@code RD} ← {@code RăzvanD});
 *   <li>a given name that only one person's full name starts with ({@code Răzvan} ← {@code
 *       RăzvanD}).
 * </ol>
 *
 * The last two are taken only when unambiguous: two names with the same initials or given name stay
 * apart, for a person to decide. Group names ("Everyone", "All") are not people.
 */
public final class PeopleSuggestions {
  private final Map<String, String> parent = new HashMap<>();
  private final Map<String, Map<String, Integer>> spellings = new LinkedHashMap<>();
  private final Map<String, Integer> items = new HashMap<>();
  private final Map<String, Set<String>> meetings = new HashMap<>();

  /** Owner token key → participant key the parser resolved it to → how often. */
  private final Map<String, Map<String, Integer>> resolutions = new HashMap<>();

  /** An action item owned by {@code token}, which the parser resolved to {@code person} or null. */
  public void owner(String token, String person, String meeting) {
    String key = see(token, meeting);
    if (key == null) {
      return;
    }
    items.merge(key, 1, Integer::sum);
    String resolved = person == null ? null : see(person, meeting);
    if (resolved != null && !resolved.equals(key)) {
      resolutions.computeIfAbsent(key, k -> new HashMap<>()).merge(resolved, 1, Integer::sum);
    }
  }

  /** Someone listed as taking part in a meeting. */
  public void participant(String name, String meeting) {
    see(name, meeting);
  }

  /** The people found, most items first, each with the spellings merged into them. */
  public List<SuggestedPerson> people() {
    linkResolvedOwners();
    linkCompactAndFullNames();
    linkUnambiguous(
        PeopleSuggestions::initialsOf,
        key -> spellings.get(key).keySet().stream().anyMatch(PeopleSuggestions::isInitials));
    // A given name is merged only into a full name when its own spellings have no initials:
    // "Dragoș", already DA's, is not also "Dragos Petre".
    Set<String> withInitials = new java.util.HashSet<>();
    spellings.forEach(
        (key, written) -> {
          if (written.keySet().stream().anyMatch(PeopleSuggestions::isInitials)) {
            withInitials.add(find(key));
          }
        });
    linkUnambiguous(PeopleSuggestions::givenNameOf, key -> !withInitials.contains(find(key)));
    Map<String, List<String>> clusters = new LinkedHashMap<>();
    for (String key : spellings.keySet()) {
      clusters.computeIfAbsent(find(key), k -> new ArrayList<>()).add(key);
    }
    List<SuggestedPerson> people = new ArrayList<>();
    for (List<String> keys : clusters.values()) {
      people.add(person(keys));
    }
    people.sort(
        Comparator.comparingInt(SuggestedPerson::items)
            .reversed()
            .thenComparing(p -> -p.meetings().size())
            .thenComparing(p -> Names.fold(p.name())));
    return people;
  }

  private SuggestedPerson person(List<String> keys) {
    Map<String, Integer> written = new LinkedHashMap<>();
    int itemCount = 0;
    Set<String> seenIn = new TreeSet<>();
    for (String key : keys) {
      spellings.get(key).forEach((spelling, n) -> written.merge(spelling, n, Integer::sum));
      itemCount += items.getOrDefault(key, 0);
      seenIn.addAll(meetings.getOrDefault(key, Set.of()));
    }
    List<String> byUse = new ArrayList<>(written.keySet());
    byUse.sort(Comparator.comparingInt((String s) -> -written.get(s)).thenComparing(s -> s));
    String name =
        byUse.stream()
            .filter(s -> !isInitials(s) && !s.startsWith("@"))
            .max(
                Comparator.comparing((String s) -> written.get(s))
                    .thenComparing(s -> s.contains(" "))
                    .thenComparing(PeopleSuggestions::nonAscii)
                    .thenComparing(String::length))
            .orElse(byUse.get(0));
    List<String> initials = byUse.stream().filter(PeopleSuggestions::isInitials).toList();
    List<String> aliases =
        byUse.stream().filter(s -> !s.equals(name) && !initials.contains(s)).toList();
    return new SuggestedPerson(
        name, initials, aliases, itemCount, List.copyOf(seenIn), Map.copyOf(written));
  }

  /**
   * Merges each cluster that has a spelling accepted by {@code candidate} with the one other
   * cluster whose names imply it through {@code implied}; nothing when two clusters imply it.
   */
  private void linkUnambiguous(
      java.util.function.Function<String, Optional<String>> implied,
      java.util.function.Predicate<String> candidate) {
    Map<String, Set<String>> clustersImplying = new HashMap<>();
    for (Map.Entry<String, Map<String, Integer>> entry : spellings.entrySet()) {
      for (String spelling : entry.getValue().keySet()) {
        implied
            .apply(spelling)
            .map(Names::fold)
            .filter(key -> !key.equals(entry.getKey()))
            .ifPresent(
                key ->
                    clustersImplying
                        .computeIfAbsent(key, k -> new TreeSet<>())
                        .add(find(entry.getKey())));
      }
    }
    clustersImplying.forEach(
        (key, clusters) -> {
          if (spellings.containsKey(key) && candidate.test(key) && clusters.size() == 1) {
            union(key, clusters.iterator().next());
          }
        });
  }

  /**
   * Merges an owner token with the participant the parser resolved it to when each is the other's
   * most frequent partner, seen at least twice ({@code DA} ↔ {@code Dragoș}). The parser resolves a
   * token to a participant by first letter when nothing better fits, so one meeting's guess, or a
   * second-best pairing ({@code SK} → {@code Sairaj Kodilkar} four times against {@code Simon}
   * eighty), is not enough.
   */
  private void linkResolvedOwners() {
    Map<String, String> bestTokenOfName = new HashMap<>();
    Map<String, Integer> bestCountOfName = new HashMap<>();
    resolutions.forEach(
        (token, names) ->
            names.forEach(
                (name, n) -> {
                  if (n > bestCountOfName.getOrDefault(name, 0)) {
                    bestCountOfName.put(name, n);
                    bestTokenOfName.put(name, token);
                  }
                }));
    resolutions.forEach(
        (token, names) -> {
          String best = null;
          int bestCount = 0;
          for (Map.Entry<String, Integer> entry : names.entrySet()) {
            if (entry.getValue() > bestCount) {
              best = entry.getKey();
              bestCount = entry.getValue();
            }
          }
          if (best != null && bestCount >= 2 && token.equals(bestTokenOfName.get(best))) {
            union(token, best);
          }
        });
  }

  /**
   * Merges full names with the same given name and initials: the compact {@code RăzvanD} and {@code
   * Răzvan Deaconescu}, {@code KhaD} and {@code Kha Dinh}.
   */
  private void linkCompactAndFullNames() {
    Map<String, String> first = new HashMap<>();
    for (Map.Entry<String, Map<String, Integer>> entry : spellings.entrySet()) {
      for (String spelling : entry.getValue().keySet()) {
        Optional<String> initials = initialsOf(spelling);
        Optional<String> given = givenNameOf(spelling);
        if (initials.isPresent() && given.isPresent()) {
          String both = Names.fold(given.get()) + " " + initials.get();
          String other = first.putIfAbsent(both, entry.getKey());
          if (other != null) {
            union(other, entry.getKey());
          }
        }
      }
    }
  }

  /** The folded key of a spelling, recorded with its meeting; null for a group or no name. */
  private String see(String spelling, String meeting) {
    if (spelling == null) {
      return null;
    }
    String written = spelling.strip();
    if (written.isEmpty()
        || Names.isGroup(written)
        || written.chars().noneMatch(Character::isLetter)) {
      return null;
    }
    String key = Names.fold(written.startsWith("@") ? written.substring(1) : written);
    spellings.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(written, 1, Integer::sum);
    meetings.computeIfAbsent(key, k -> new TreeSet<>()).add(meeting);
    parent.putIfAbsent(key, key);
    return key;
  }

  private String find(String key) {
    String root = key;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    parent.put(key, root);
    return root;
  }

  private void union(String a, String b) {
    String rootA = find(a);
    String rootB = find(b);
    if (!rootA.equals(rootB)) {
      parent.put(rootB, rootA);
    }
  }

  /** Owner tokens as notes write initials: two to four capitals ({@code RD}, {@code DA}). */
  static boolean isInitials(String spelling) {
    return spelling.length() >= 2
        && spelling.length() <= 4
        && spelling.chars().allMatch(c -> Character.isUpperCase(c));
  }

  /** The initials a full name implies; none for initials themselves or a single plain name. */
  private static Optional<String> initialsOf(String spelling) {
    return isInitials(spelling) || spelling.startsWith("@")
        ? Optional.empty()
        : Names.initials(spelling);
  }

  /** The given name of a full name ({@code RăzvanD}, {@code Kha Dinh}); none for other names. */
  private static Optional<String> givenNameOf(String spelling) {
    if (isInitials(spelling) || Names.initials(spelling).isEmpty()) {
      return Optional.empty();
    }
    String given = Names.givenName(spelling);
    return given.length() >= 2 && !given.equals(spelling) ? Optional.of(given) : Optional.empty();
  }

  private static long nonAscii(String text) {
    return text.chars().filter(c -> c >= 0x80).count();
  }
}
