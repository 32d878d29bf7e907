package dev.minutes.schedule;

import dev.minutes.chat.Chat;
import dev.minutes.chat.ChatMessage;
import dev.minutes.chat.ChatTexts;
import dev.minutes.items.RunOnce;
import dev.minutes.items.Store;
import dev.minutes.remind.Reminder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends reminders, each at most once per person per day, through {@link RunOnce}: the reminder's
 * key is claimed before it is sent, released when sending fails so that a later run tries again,
 * and taken over when the process that claimed it died.
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

  /**
   * Sends what was not sent yet; returns the reminders sent now. Through a chat that does not
   * deliver (no token) the reminders are shown and nothing is recorded.
   */
  public List<Reminder> send(List<Reminder> reminders, Instant at) {
    RunOnce runOnce = new RunOnce(store, Clock.fixed(at, ZoneOffset.UTC));
    List<Reminder> sent = new ArrayList<>();
    for (Reminder reminder : reminders) {
      if (!chat.delivers()) {
        if (!runOnce.known(reminder.effectKey())) {
          deliver(reminder);
          sent.add(reminder);
        }
        continue;
      }
      if (runOnce.run(reminder.effectKey(), () -> deliver(reminder))) {
        store.recordRepeatedReminders(repeatedItems(reminder), reminder.day());
        sent.add(reminder);
      }
    }
    return sent;
  }

  /** Sends one reminder; returns how it went out, for the run-once record. */
  private String deliver(Reminder reminder) {
    String id = reminder.chatUserId();
    ChatMessage message = ChatTexts.reminder(reminder);
    // Without a chat id there is nobody to message directly: the channel is the fallback.
    if (delivery == ReminderDelivery.DIRECT && id != null) {
      chat.sendDirect(id, message);
    } else {
      chat.post(message);
    }
    return delivery.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The items this reminder nudges again, which reminders.max-repeats counts. */
  private static List<Long> repeatedItems(Reminder reminder) {
    return reminder.items().stream()
        .filter(entry -> entry.reason().repeats())
        .map(entry -> entry.item().id())
        .toList();
  }

  /** The items a reminder lists, for log lines and command output. */
  static int itemCount(List<Reminder> reminders) {
    return reminders.stream().mapToInt(r -> r.items().size()).sum();
  }
}
