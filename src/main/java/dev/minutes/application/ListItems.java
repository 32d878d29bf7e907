package dev.minutes.application;

import dev.minutes.items.ItemFilter;
import dev.minutes.items.ItemListing;
import dev.minutes.items.ItemStatus;
import dev.minutes.items.Items;
import dev.minutes.items.ListedItem;
import dev.minutes.items.ListedLine;
import dev.minutes.items.ListingCount;
import dev.minutes.items.TrackedItem;
import dev.minutes.people.Names;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.people.Person;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Lists action items: {@code minutes todos} and {@code /todos}. */
public final class ListItems {
  private final Items items;
  private final PeopleDirectory people;

  public ListItems(Items items, PeopleDirectory people) {
    this.items = items;
    this.people = people;
  }

  /**
   * @param statuses empty for every status
   * @param owner any spelling of a person (name, initials, alias, GitHub login), or null for all
   * @param team null for every team
   * @param overdueOn only open items due before this day, or null
   */
  public List<TrackedItem> list(
      Set<ItemStatus> statuses, String owner, String team, LocalDate overdueOn) {
    return items.items(filter(statuses, owner, team, overdueOn));
  }

  /**
   * As {@link #list}, each item handed to {@code action} as it is read, so a long listing never
   * holds the whole store in memory.
   */
  public void each(
      Set<ItemStatus> statuses,
      String owner,
      String team,
      LocalDate overdueOn,
      Consumer<TrackedItem> action) {
    items.eachItem(filter(statuses, owner, team, overdueOn), action);
  }

  /**
   * As {@link #each}, ordered, grouped and cut by the store as {@code listing} says.
   *
   * @return how many rows were handed over and how many matched
   */
  public ListingCount each(
      Set<ItemStatus> statuses,
      String owner,
      String team,
      LocalDate overdueOn,
      ItemListing listing,
      Consumer<ListedItem> action) {
    return items.eachListed(
        filter(statuses, owner, team, overdueOn), listing.withOwnerKeys(ownerKeys()), action);
  }

  /** As {@link #each(Set, String, String, LocalDate, ItemListing, Consumer)}, read as lines. */
  public ListingCount eachLine(
      Set<ItemStatus> statuses,
      String owner,
      String team,
      LocalDate overdueOn,
      ItemListing listing,
      Consumer<ListedLine> action) {
    return items.eachListedLine(
        filter(statuses, owner, team, overdueOn), listing.withOwnerKeys(ownerKeys()), action);
  }

  /**
   * Every spelling of every person in the directory (as written, lower and upper case) → one key
   * per person, so that a person's items sort and group together whichever spelling the notes used
   * ({@code DA}, {@code Dragoș}, {@code Dragos}).
   */
  private Map<String, String> ownerKeys() {
    Map<String, String> keys = new HashMap<>();
    for (Person person : people.people()) {
      String key = Names.fold(person.name());
      for (String spelling : person.spellings()) {
        keys.putIfAbsent(spelling, key);
        keys.putIfAbsent(spelling.toLowerCase(Locale.ROOT), key);
        keys.putIfAbsent(spelling.toUpperCase(Locale.ROOT), key);
      }
    }
    return keys;
  }

  private ItemFilter filter(
      Set<ItemStatus> statuses, String owner, String team, LocalDate overdueOn) {
    Set<String> owners = owner == null ? Set.of() : people.ownerSpellings(owner);
    return new ItemFilter(statuses, owners, team, overdueOn);
  }
}
