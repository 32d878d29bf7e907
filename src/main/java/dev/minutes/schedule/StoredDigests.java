package dev.minutes.schedule;

import dev.minutes.digest.Digest;
import dev.minutes.digest.DigestBuilder;
import dev.minutes.items.ItemFilter;
import dev.minutes.items.Store;
import java.time.Duration;
import java.time.Instant;

/** Digests of what the store holds: the one read that the command, the job and the bot share. */
public final class StoredDigests {
  /** The window of a digest asked for without dates. */
  public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);

  private final Store store;
  private final DigestBuilder builder;

  public StoredDigests(Store store, DigestBuilder builder) {
    this.store = store;
    this.builder = builder;
  }

  public Digest between(Instant since, Instant until) {
    return builder.build(store.meetings(null), store.items(ItemFilter.all()), since, until);
  }

  /** The {@link #DEFAULT_WINDOW} up to {@code now}. */
  public Digest upTo(Instant now) {
    return between(now.minus(DEFAULT_WINDOW), now);
  }
}
