package dev.minutes.items;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Who is who in the chat, and who turned their reminders off. */
public interface MemberLinks {
  /** Turns reminders off ({@code enabled} false) or back on for one person; idempotent. */
  void setRemindersEnabled(String person, boolean enabled, Instant at);

  /** The people who turned reminders off, as they were given to {@link #setRemindersEnabled}. */
  Set<String> reminderOptOuts();

  /**
   * Records that a chat member says they are {@code person}, replacing an earlier link of theirs.
   * With {@code confirmedBy} null the link waits for a maintainer and mentions nobody.
   */
  void linkMember(String chatUserId, String person, String confirmedBy, Instant at);

  Optional<MemberLink> memberLink(String chatUserId);

  /** Every link, confirmed or waiting. */
  List<MemberLink> memberLinks();
}
