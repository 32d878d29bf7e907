package dev.minutes.items;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/** How many repeated reminders each item had: what {@code reminders.max-repeats} counts. */
public interface ReminderCounts {
  /**
   * Records that these items had a repeated (overdue or no-due-date) reminder on {@code day}; a
   * second record for the same item and day counts once.
   */
  void recordRepeatedReminders(Collection<Long> itemIds, LocalDate day);

  /**
   * Repeated reminders each item had since its due date last changed, by item id; items without any
   * are absent.
   */
  Map<Long, Integer> repeatedReminderCounts();
}
