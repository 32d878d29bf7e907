package dev.minutes.schedule;

import dev.minutes.chat.Chat;
import dev.minutes.chat.ChatMessage;
import dev.minutes.remind.Reminder;
import dev.minutes.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends reminders, each at most once per person per day: the reminder's key is claimed in the store
 * before it is sent and released when sending fails, so that a later run tries again.
 */
public final class ReminderSender {
  private final Store store;
  private final Chat chat;
  private final ReminderDelivery delivery;

  public ReminderSender(Store store, Chat chat, ReminderDelivery delivery) {
    this.store = store;
    this.chat = chat;
    this.delivery = delivery;
  }

  /** Sends what was not sent yet; returns the reminders sent now. */
  public List<Reminder> send(List<Reminder> reminders, Instant at) {
    List<Reminder> sent = new ArrayList<>();
    for (Reminder reminder : reminders) {
      if (!store.claimEffect(reminder.effectKey(), at)) {
        continue;
      }
      try {
        deliver(reminder);
      } catch (RuntimeException e) {
        store.releaseEffect(reminder.effectKey());
        throw e;
      }
      store.completeEffect(
          reminder.effectKey(), delivery.name().toLowerCase(java.util.Locale.ROOT), at);
      sent.add(reminder);
    }
    return sent;
  }

  private void deliver(Reminder reminder) {
    List<Long> buttons = reminder.items().stream().map(e -> e.item().id()).toList();
    String id = reminder.chatUserId();
    ChatMessage message =
        new ChatMessage(reminder.text(), id == null ? List.of() : List.of(id), buttons);
    // Without a chat id there is nobody to message directly: the channel is the fallback.
    if (delivery == ReminderDelivery.DIRECT && id != null) {
      chat.sendDirect(id, message);
    } else {
      chat.post(message);
    }
  }

  /** The items a reminder lists, for log lines and command output. */
  static int itemCount(List<Reminder> reminders) {
    return reminders.stream().mapToInt(r -> r.items().size()).sum();
  }
}
