package dev.minutes.cli;

import dev.minutes.items.ItemFilter;
import dev.minutes.items.Store;
import dev.minutes.items.TrackedItem;
import dev.minutes.notes.MinutesException;
import dev.minutes.notes.Owner;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.people.Person;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a {@code --team} or {@code --owner} against what the store and the people directory know,
 * so a misspelt one is an error that lists the known or close names instead of an empty list.
 */
final class KnownNames {
  private KnownNames() {}

  /** Fails, listing the known teams, when no stored meeting belongs to {@code team}. */
  static void requireTeam(Store store, String team) {
    if (team == null) {
      return;
    }
    List<String> known =
        store.meetings(null).stream()
            .flatMap(meeting -> meeting.teams().stream())
            .distinct()
            .sorted(String.CASE_INSENSITIVE_ORDER)
            .toList();
    if (known.stream().anyMatch(name -> name.equalsIgnoreCase(team))) {
      return;
    }
    throw new MinutesException(
        "--team",
        "unknown team '" + team + "'",
        known.isEmpty()
            ? "no meetings stored yet: minutes ingest notes/"
            : "known teams: " + String.join(", ", known));
  }

  /**
   * Fails, naming the closest known names, when {@code owner} is neither in the people directory
   * nor an owner of a stored item.
   */
  static void requireOwner(Store store, PeopleDirectory people, String owner) {
    if (owner == null || people.find(owner).isPresent()) {
      return;
    }
    String wanted = owner.replaceFirst("^@", "");
    List<String> known = new ArrayList<>();
    for (Person person : people.people()) {
      known.addAll(person.spellings());
    }
    for (TrackedItem item : store.items(ItemFilter.all())) {
      for (Owner itemOwner : item.owners()) {
        known.add(itemOwner.token());
        if (itemOwner.person() != null) {
          known.add(itemOwner.person());
        }
      }
    }
    if (known.stream().anyMatch(name -> name.equalsIgnoreCase(wanted))) {
      return;
    }
    List<String> close = CloseNames.to(wanted, known);
    throw new MinutesException(
        "--owner",
        "unknown owner '" + owner + "'",
        close.isEmpty()
            ? "see the owners with: minutes todos --status all"
            : "did you mean " + String.join(" or ", close) + "?");
  }
}
