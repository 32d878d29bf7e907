package dev.minutes.remind;

/**
 * The knobs of the reminder policy.
 *
 * @param overdueEveryDays an overdue item is reminded the day after its due date, then every this
 *     many days while it stays open
 * @param staleAfterDays an item without a due date is reminded once it has been open this many
 *     days, then every {@code overdueEveryDays}
 */
public record ReminderSettings(int overdueEveryDays, int staleAfterDays, QuietHours quietHours) {
  public ReminderSettings {
    if (overdueEveryDays < 1 || staleAfterDays < 1) {
      throw new IllegalArgumentException("reminder intervals must be at least one day");
    }
  }
}
