package dev.minutes.schedule;

/** Where reminders go: the community channel mentioning the owner, or a direct message. */
public enum ReminderDelivery {
  CHANNEL,
  DIRECT
}
