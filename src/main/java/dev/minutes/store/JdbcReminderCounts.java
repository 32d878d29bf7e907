package dev.minutes.store;

import dev.minutes.items.ReminderCounts;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/** How many repeated reminders each item had, over the item_reminders table. */
final class JdbcReminderCounts implements ReminderCounts {
  private final Database database;

  JdbcReminderCounts(Database database) {
    this.database = database;
  }

  @Override
  public void recordRepeatedReminders(Collection<Long> itemIds, LocalDate day) {
    if (itemIds.isEmpty()) {
      return;
    }
    database.inTransaction(
        connection -> {
          ItemReminderTable.record(connection, itemIds, day);
          return null;
        });
  }

  @Override
  public Map<Long, Integer> repeatedReminderCounts() {
    return database.inTransaction(ItemReminderTable::counts);
  }
}
