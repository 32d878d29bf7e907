package dev.minutes.store;

import dev.minutes.notes.Owner;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The owner lists of one listing, each JSON text parsed once: a store of 200,000 items has a few
 * hundred distinct owner lists, and parsing one per row was a fifth of a long listing's reading.
 * Bounded, so a store where every list differs costs no more memory than one page of rows.
 */
final class OwnerLists {
  private static final int MAX_ENTRIES = 4096;
  private final Map<String, List<Owner>> parsed = new HashMap<>();

  List<Owner> of(String json) {
    List<Owner> owners = parsed.get(json);
    if (owners == null) {
      if (parsed.size() >= MAX_ENTRIES) {
        parsed.clear();
      }
      owners = List.copyOf(JsonColumns.owners(json));
      parsed.put(json, owners);
    }
    return owners;
  }
}
