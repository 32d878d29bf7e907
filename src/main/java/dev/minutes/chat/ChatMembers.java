package dev.minutes.chat;

import dev.minutes.items.MemberLink;
import dev.minutes.items.TrackedItem;
import dev.minutes.notes.Owner;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.people.Person;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who is who in the chat: the people directory's Discord ids plus the links members confirmed with
 * {@code /iam}. Answers which user to mention for an owner, and whether a user owns an item.
 */
public final class ChatMembers {
  private final PeopleDirectory people;
  private final Map<String, String> userIdByPerson = new HashMap<>();
  private final Map<String, String> personByUserId = new HashMap<>();

  /**
   * @param confirmedLinks chat user id → person, as confirmed in the store; they win over the
   *     directory's ids, since a maintainer confirmed them more recently
   */
  public ChatMembers(PeopleDirectory people, Map<String, String> confirmedLinks) {
    this.people = people;
    for (Person person : people.people()) {
      if (person.discord() != null) {
        put(person.discord(), person.name());
      }
    }
    confirmedLinks.forEach((userId, person) -> put(userId, canonical(person)));
  }

  /** The directory's ids plus the confirmed links of {@code links}; waiting requests count not. */
  public static ChatMembers of(PeopleDirectory people, List<MemberLink> links) {
    Map<String, String> confirmed = new HashMap<>();
    for (MemberLink link : links) {
      if (link.confirmed()) {
        confirmed.put(link.chatUserId(), link.person());
      }
    }
    return new ChatMembers(people, confirmed);
  }

  private void put(String userId, String person) {
    String key = key(person);
    String previous = userIdByPerson.put(key, userId);
    if (previous != null && !previous.equals(userId)) {
      personByUserId.remove(previous);
    }
    personByUserId.put(userId, person);
  }

  /** The chat user to mention for an owner, when the owner is linked. */
  public Optional<String> userIdOf(Owner owner) {
    String person = owner.person() != null ? owner.person() : owner.token();
    return Optional.ofNullable(userIdByPerson.get(key(canonical(person))));
  }

  /** The person a chat user is linked to. */
  public Optional<String> personOf(String userId) {
    return Optional.ofNullable(personByUserId.get(userId));
  }

  /** True when the user is linked to one of the item's owners. */
  public boolean owns(String userId, TrackedItem item) {
    return item.owners().stream()
        .map(this::userIdOf)
        .flatMap(Optional::stream)
        .anyMatch(userId::equals);
  }

  /** The directory's name for a spelling, or the spelling itself when the directory has none. */
  public String canonical(String spelling) {
    return people.find(spelling).map(Person::name).orElse(spelling);
  }

  private static String key(String person) {
    return person.strip().toLowerCase(Locale.ROOT);
  }
}
