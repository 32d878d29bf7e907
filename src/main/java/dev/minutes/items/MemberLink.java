package dev.minutes.items;

/**
 * A chat member's claim to be a person of the people directory.
 *
 * @param confirmedBy who confirmed it (a maintainer, or "directory" when the directory's Discord id
 *     matched); null while it waits for confirmation
 */
public record MemberLink(String chatUserId, String person, String confirmedBy) {

  public boolean confirmed() {
    return confirmedBy != null;
  }
}
