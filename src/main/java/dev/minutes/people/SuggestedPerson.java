package dev.minutes.people;

import java.util.List;
import java.util.Map;

/**
 * A person as {@link PeopleSuggestions} drafts them, with the evidence.
 *
 * @param name the spelling proposed as the name: the most used one that is not initials (a full
 *     name, then one with diacritics, on a tie)
 * @param initials the owner tokens that are initials
 * @param aliases every other spelling merged into this person
 * @param items how many action items any of the spellings owns
 * @param meetings the meetings (sources) where any spelling appears, sorted
 * @param spellings each spelling as written, with how often it was seen
 */
public record SuggestedPerson(
    String name,
    List<String> initials,
    List<String> aliases,
    int items,
    List<String> meetings,
    Map<String, Integer> spellings) {

  /** Every spelling, as {@link Person#spellings} has them. */
  public List<String> allSpellings() {
    List<String> all = new java.util.ArrayList<>();
    all.add(name);
    all.addAll(initials);
    all.addAll(aliases);
    return all;
  }
}
