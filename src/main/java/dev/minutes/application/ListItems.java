package dev.minutes.application;

import dev.minutes.items.ItemFilter;
import dev.minutes.items.ItemStatus;
import dev.minutes.items.Items;
import dev.minutes.items.TrackedItem;
import dev.minutes.people.PeopleDirectory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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
    Set<String> owners = owner == null ? Set.of() : people.ownerSpellings(owner);
    return items.items(new ItemFilter(statuses, owners, team, overdueOn));
  }
}
