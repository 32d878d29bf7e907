package dev.minutes.remind;

import dev.minutes.items.TrackedItem;

/**
 * One item of a reminder.
 *
 * @param days days late for {@link Reason#OVERDUE}, days open for {@link Reason#NO_DUE_DATE}, else
 *     0
 */
public record RemindedItem(TrackedItem item, Reason reason, long days) {}
