package dev.minutes.remind;

/** Why an item is in a reminder. */
public enum Reason {
  DUE_TOMORROW,
  DUE_TODAY,
  OVERDUE,
  NO_DUE_DATE;

  /**
   * True for the reasons that come back every few days (overdue, no due date): these are the
   * reminders {@code reminders.max-repeats} counts.
   */
  public boolean repeats() {
    return this == OVERDUE || this == NO_DUE_DATE;
  }
}
