package dev.minutes.items;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The record of side effects (issues, messages, reminders, digests) claimed and done, shared by
 * every process on the store. Used through {@link RunOnce}, which holds the protocol.
 */
public interface SideEffects {
  /** True for exactly one caller per key, across processes sharing the store. */
  boolean claimEffect(String key, Instant at);

  /**
   * Records that the claimed effect is done, with what it produced (an issue URL, a message id).
   */
  void completeEffect(String key, String externalRef, Instant at);

  /** Gives up a claim whose effect failed, so a later run tries again. */
  void releaseEffect(String key);

  Optional<Effect> effect(String key);

  /** Every side effect whose key starts with {@code keyPrefix}, oldest claim first. */
  List<Effect> effects(String keyPrefix);

  /**
   * Takes over a claim that was never completed and is older than {@code claimedBefore} (its
   * process died): true for exactly one caller.
   */
  boolean reclaimStaleEffect(String key, Instant claimedBefore, Instant at);
}
