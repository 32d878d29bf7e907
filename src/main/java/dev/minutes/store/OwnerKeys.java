package dev.minutes.store;

import dev.minutes.notes.Owner;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The keys under which the item_owners table (V17.4) finds an item's owners: each owner's token and
 * resolved name, folded so that two names are equal as keys exactly when {@link
 * String#equalsIgnoreCase} says they are (it compares the lower case of each character's upper
 * case). Owner filters so match in SQL, with an index, as they matched in Java.
 */
final class OwnerKeys {
  private OwnerKeys() {}

  static String of(String name) {
    StringBuilder key = new StringBuilder(name.length());
    name.codePoints()
        .forEach(c -> key.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
    return key.toString();
  }

  /** The distinct keys of an item's owners, in order. */
  static Set<String> ofOwners(List<Owner> owners) {
    Set<String> keys = new TreeSet<>();
    for (Owner owner : owners) {
      if (owner.token() != null) {
        keys.add(of(owner.token()));
      }
      if (owner.person() != null) {
        keys.add(of(owner.person()));
      }
    }
    return keys;
  }

  /** The distinct keys of the names a filter wants, in order. */
  static Set<String> ofNames(Collection<String> names) {
    Set<String> keys = new TreeSet<>();
    names.forEach(name -> keys.add(of(name)));
    return keys;
  }
}
