package dev.minutes.remind;

/**
 * The knobs of the reminder policy.
 *
 * @param overdueEveryDays an overdue item is reminded the day after its due date, then every this
 *     many days while it stays open
 * @param staleAfterDays an item without a due date is reminded once it has been open this many
 *     days, then every {@code overdueEveryDays}
 * @param maxRepeats how many of those repeated reminders one item gets (for one due date); after
 *     that the item is stale: only the weekly digest lists it
 */
public record ReminderSettings(
    int overdueEveryDays, int staleAfterDays, int maxRepeats, QuietHours quietHours) {
  /** The default of {@code reminders.max-repeats}. */
  public static final int DEFAULT_MAX_REPEATS = 3;

  public ReminderSettings {
    if (overdueEveryDays < 1 || staleAfterDays < 1) {
      throw new IllegalArgumentException("reminder intervals must be at least one day");
    }
    if (maxRepeats < 1) {
      throw new IllegalArgumentException("reminders.max-repeats must be at least 1");
    }
  }
}
