package dev.minutes.schedule;

import dev.minutes.digest.Digest;
import dev.minutes.digest.DigestBuilder;
import dev.minutes.items.ItemFilter;
import dev.minutes.items.Store;
import dev.minutes.items.TrackedItem;
import dev.minutes.remind.ReminderPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Digests of what the store holds: the one read that the command, the job and the bot share. */
public final class StoredDigests {
  /** The window of a digest asked for without dates. */
  public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);

  private final Store store;
  private final DigestBuilder builder;
  private final ReminderPolicy reminders;

  /**
   * @param reminders says which items are stale (their repeated reminders ran out)
   */
  public StoredDigests(Store store, DigestBuilder builder, ReminderPolicy reminders) {
    this.store = store;
    this.builder = builder;
    this.reminders = reminders;
  }

  public Digest between(Instant since, Instant until) {
    List<TrackedItem> items = store.items(ItemFilter.all());
    List<TrackedItem> stale = reminders.stale(items, store.repeatedReminderCounts());
    return builder.build(store.meetings(null), items, stale, since, until);
  }

  /** The {@link #DEFAULT_WINDOW} up to {@code now}. */
  public Digest upTo(Instant now) {
    return between(now.minus(DEFAULT_WINDOW), now);
  }
}
