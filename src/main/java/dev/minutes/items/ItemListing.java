package dev.minutes.items;

/**
 * How a listing of items is ordered, grouped and cut, all done by the database so that a listing of
 * a large store streams: nothing is sorted or counted in memory.
 *
 * @param order the order within a group
 * @param grouping rows of one group come together, groups in their own order (see {@link Grouping})
 * @param limit at most this many rows are handed over; 0 for all
 */
public record ItemListing(Order order, Grouping grouping, int limit) {
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
  }

  /** Every item in number order: the listing {@code minutes todos} has always printed. */
  public static ItemListing all() {
    return new ItemListing(Order.NUMBER, Grouping.NONE, 0);
  }
}
