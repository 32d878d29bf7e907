package dev.minutes.items;

import java.time.Instant;

/** One recorded change of an item: created, edited, done, reopened, removed, snoozed. */
public record ItemHistoryEntry(
    long itemId, Instant at, String actor, String change, String detail) {}
