package dev.minutes.items;

import java.util.Map;

/**
 * How a listing of items is ordered, grouped and cut, all done by the database so that a listing of
 * a large store streams: nothing is sorted or counted in memory.
 *
 * @param order the order within a group
 * @param grouping rows of one group come together, groups in their own order (see {@link Grouping})
 * @param limit at most this many rows are handed over; 0 for all
 * @param ownerKeys an owner's name or token as stored → the key it sorts and groups under, so that
 *     the spellings of one person (from the people directory) come together; others sort by their
 *     lower-cased name
 */
public record ItemListing(
    Order order, Grouping grouping, int limit, Map<String, String> ownerKeys) {
  /** Item number (the order people type them in); due date, soonest first, undated last. */
  public enum Order {
    NUMBER,
    DUE,
    /** The first owner's name, alphabetically; items with no owner last. */
    OWNER,
    /** Oldest meeting first: what has waited longest comes first. */
    AGE
  }

  /** Rows of one group come together. */
  public enum Grouping {
    NONE,
    /**
     * One row per owner of an item, by owner name; an item with two owners is listed under both,
     * items without an owner come last.
     */
    OWNER,
    /** By meeting, newest first (as {@code minutes meetings} lists them). */
    MEETING
  }

  public ItemListing {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative");
    }
    ownerKeys = Map.copyOf(ownerKeys);
  }

  public ItemListing(Order order, Grouping grouping, int limit) {
    this(order, grouping, limit, Map.of());
  }

  /** The same listing, with the spellings of one person sorted and grouped together. */
  public ItemListing withOwnerKeys(Map<String, String> keys) {
    return new ItemListing(order, grouping, limit, keys);
  }

  /** Every item in number order: the listing {@code minutes todos} has always printed. */
  public static ItemListing all() {
    return new ItemListing(Order.NUMBER, Grouping.NONE, 0);
  }
}
