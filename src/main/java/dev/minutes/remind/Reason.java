package dev.minutes.remind;

/** Why an item is in a reminder. */
public enum Reason {
  DUE_TOMORROW,
  DUE_TODAY,
  OVERDUE,
  NO_DUE_DATE
}
