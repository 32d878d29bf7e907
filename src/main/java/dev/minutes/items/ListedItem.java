package dev.minutes.items;

import dev.minutes.notes.Owner;

/**
 * One row of a listing.
 *
 * @param item the item
 * @param groupOwner the owner this row is listed under when grouping by owner; null otherwise, and
 *     for an item with no owner
 */
public record ListedItem(TrackedItem item, Owner groupOwner) {}
