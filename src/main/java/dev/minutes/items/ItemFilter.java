package dev.minutes.items;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which items to list.
 *
 * @param statuses empty for every status
 * @param ownerPersons owner person names or tokens to match (case-insensitive); empty for all
 * @param team null for all teams
 * @param overdueOn when set, only open items due before this date
 */
public record ItemFilter(
    Set<ItemStatus> statuses, Set<String> ownerPersons, String team, LocalDate overdueOn) {

  public ItemFilter {
    statuses = Set.copyOf(statuses);
    ownerPersons = Set.copyOf(ownerPersons);
  }

  public static ItemFilter open() {
    return new ItemFilter(Set.of(ItemStatus.OPEN), Set.of(), null, null);
  }

  public static ItemFilter all() {
    return new ItemFilter(Set.of(), Set.of(), null, null);
  }
}
