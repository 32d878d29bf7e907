package dev.minutes.people;

import java.util.List;

/**
 * Someone who takes part in meetings, as the people directory knows them.
 *
 * @param name how notes and output refer to the person ({@code RăzvanD})
 * @param initials the owner tokens notes use for the person ({@code RD})
 * @param aliases other spellings ({@code Razvan}, {@code Răzvan Deaconescu})
 * @param github the GitHub login, or null when unknown
 * @param discord the Discord user id, or null when unknown
 */
public record Person(
    String name, List<String> initials, List<String> aliases, String github, String discord) {

  public Person {
    initials = List.copyOf(initials);
    aliases = List.copyOf(aliases);
  }

  /** Every spelling that denotes this person: name, initials, aliases, GitHub, Discord. */
  public List<String> spellings() {
    List<String> all = new java.util.ArrayList<>();
    all.add(name);
    all.addAll(initials);
    all.addAll(aliases);
    if (github != null) {
      all.add(github);
    }
    if (discord != null) {
      all.add(discord);
    }
    return all;
  }
}
