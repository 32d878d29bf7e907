package dev.minutes.items;

/** An item as the outbox announced it: the event that says it is new, and the item as it is now. */
public record NewItem(long eventId, TrackedItem item) {}
