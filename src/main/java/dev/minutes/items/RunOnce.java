package dev.minutes.items;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one run-once protocol of every side effect (an issue, an announcement, a reminder, a digest):
 * claim the key with a lease, do the effect, complete it. A claim whose lease expired belongs to a
 * process that died between claim and completion: exactly one later caller takes it over, so the
 * effect is neither lost nor, while its first holder is alive, done twice.
 */
public final class RunOnce {
  /** Longer than any one effect takes (a GitHub call with its retries, one Discord message). */
  public static final Duration LEASE = Duration.ofMinutes(10);

  private final SideEffects effects;
  private final Clock clock;
  private final Duration lease;

  public RunOnce(SideEffects effects, Clock clock) {
    this(effects, clock, LEASE);
  }

  public RunOnce(SideEffects effects, Clock clock, Duration lease) {
    this.effects = effects;
    this.clock = clock;
    this.lease = lease;
  }

  /** What {@link #claim} found. */
  public enum State {
    /** This caller holds the claim: it does the effect, then completes or releases it. */
    CLAIMED,
    /** Done before; {@link Claim#externalRef()} says what it produced. */
    DONE,
    /** Another process holds a live claim. */
    BUSY
  }

  /** The answer of {@link #claim}. */
  public record Claim(String key, State state, String externalRef) {
    public boolean claimed() {
      return state == State.CLAIMED;
    }
  }

  /** Claims {@code key}: {@link State#CLAIMED} for exactly one caller at a time. */
  public Claim claim(String key) {
    Instant now = clock.instant();
    if (effects.claimEffect(key, now)) {
      return new Claim(key, State.CLAIMED, null);
    }
    Optional<Effect> effect = effects.effect(key);
    if (effect.isPresent() && effect.get().completedAt() != null) {
      return new Claim(key, State.DONE, effect.get().externalRef());
    }
    if (effect.isEmpty()) {
      // Released between our insert and our read: claim it afresh.
      return effects.claimEffect(key, now)
          ? new Claim(key, State.CLAIMED, null)
          : new Claim(key, State.BUSY, null);
    }
    return effects.reclaimStaleEffect(key, now.minus(lease), now)
        ? new Claim(key, State.CLAIMED, null)
        : new Claim(key, State.BUSY, null);
  }

  /** True when nothing was done under {@code key} and no live claim holds it (without claiming). */
  public boolean pending(String key) {
    Optional<Effect> effect = effects.effect(key);
    return effect.isEmpty()
        || (effect.get().completedAt() == null
            && effect.get().claimedAt().isBefore(clock.instant().minus(lease)));
  }

  /** True when the effect under {@code key} was done or is being done (a dry run skips it). */
  public boolean known(String key) {
    return effects.effect(key).isPresent();
  }

  /** Records the claimed effect as done, with what it produced (null when nothing to keep). */
  public void complete(String key, String externalRef) {
    effects.completeEffect(key, externalRef, clock.instant());
  }

  /** Gives a claim back: the effect did not happen, a later run tries again. */
  public void release(String key) {
    effects.releaseEffect(key);
  }

  /**
   * Claims, runs {@code effect} and completes with what it returns; releases the claim when it
   * throws, so the next run tries again.
   *
   * @return true when this call did the effect
   */
  public boolean run(String key, Supplier<String> effect) {
    if (!claim(key).claimed()) {
      return false;
    }
    String externalRef;
    try {
      externalRef = effect.get();
    } catch (RuntimeException e) {
      release(key);
      throw e;
    }
    complete(key, externalRef);
    return true;
  }
}
