package dev.minutes.items;

/** Where an action item stands. A removed item was deleted from its notes; it is kept. */
public enum ItemStatus {
  OPEN,
  DONE,
  REMOVED
}
