package dev.minutes.items;

import dev.minutes.notes.Owner;

/**
 * One row of a listing read as lines ({@link Items#eachListedLine}).
 *
 * @param line the item's line
 * @param groupOwner as in {@link ListedItem}
 */
public record ListedLine(ItemLine line, Owner groupOwner) {}
