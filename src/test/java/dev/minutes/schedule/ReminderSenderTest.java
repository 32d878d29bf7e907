package dev.minutes.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minutes.TrackedItemBuilder;
import dev.minutes.chat.Chat;
import dev.minutes.chat.ChatMessage;
import dev.minutes.items.Store;
import dev.minutes.items.TrackedItem;
import dev.minutes.notes.Owner;
import dev.minutes.remind.Reason;
import dev.minutes.remind.RemindedItem;
import dev.minutes.remind.Reminder;
import dev.minutes.store.Database;
import dev.minutes.store.JdbcStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReminderSenderTest {
  static final Instant NOW = Instant.parse("2024-03-08T07:00:00Z");
  static final LocalDate DAY = LocalDate.parse("2024-03-08");

  @TempDir Path folder;
  Store store;
  final RecordingChat chat = new RecordingChat();

  /** Keeps what would have gone to Discord. */
  static final class RecordingChat implements Chat {
    final List<String> sent = new ArrayList<>();
    boolean failing;

    @Override
    public void post(ChatMessage message) {
      record("channel", message);
    }

    @Override
    public void sendDirect(String userId, ChatMessage message) {
      record("direct:" + userId, message);
    }

    @Override
    public String postKept(ChatMessage message) {
      record("channel", message);
      return String.valueOf(sent.size());
    }

    @Override
    public boolean edit(String messageId, ChatMessage message) {
      record("edit:" + messageId, message);
      return true;
    }

    @Override
    public void postInThread(String messageId, String threadName, ChatMessage message) {
      record("thread:" + messageId, message);
    }

    private void record(String where, ChatMessage message) {
      if (failing) {
        throw new IllegalStateException("Discord is down");
      }
      sent.add(where + " mentions=" + message.mentionedUserIds() + " " + message.itemButtons());
    }
  }

  @BeforeEach
  void open() {
    store = new JdbcStore(Database.open("jdbc:sqlite:" + folder.resolve("m.db"), Map.of()));
  }

  @AfterEach
  void close() {
    store.close();
  }

  static Reminder reminder(String who, String chatId, long... ids) {
    List<RemindedItem> items = new ArrayList<>();
    for (long id : ids) {
      TrackedItem item =
          TrackedItemBuilder.item(id)
              .meeting("a.md", "M", DAY)
              .owners(new Owner(who, who))
              .due(DAY)
              .line(1)
              .createdAt(NOW)
              .build();
      items.add(new RemindedItem(item, Reason.DUE_TODAY, 0));
    }
    return new Reminder(who, chatId, DAY, items);
  }

  @Test
  void sendsEachPersonAtMostOnceADayAcrossRuns() {
    ReminderSender sender = new ReminderSender(store, chat, ReminderDelivery.CHANNEL);
    List<Reminder> due = List.of(reminder("Cezar", "1001", 1, 2), reminder("Simon", null, 3));

    assertThat(sender.send(due, NOW)).hasSize(2);
    assertThat(sender.send(due, NOW.plusSeconds(3600))).isEmpty();

    assertThat(chat.sent)
        .containsExactly("channel mentions=[1001] [1, 2]", "channel mentions=[] [3]");
  }

  @Test
  void sendsDirectMessagesWhenConfiguredAndFallsBackToTheChannelWithoutAChatId() {
    ReminderSender sender = new ReminderSender(store, chat, ReminderDelivery.DIRECT);

    sender.send(List.of(reminder("Cezar", "1001", 1), reminder("Simon", null, 3)), NOW);

    assertThat(chat.sent)
        .containsExactly("direct:1001 mentions=[1001] [1]", "channel mentions=[] [3]");
  }

  @Test
  void aReminderThatFailedToSendIsSentByTheNextRun() {
    ReminderSender sender = new ReminderSender(store, chat, ReminderDelivery.CHANNEL);
    List<Reminder> due = List.of(reminder("Cezar", "1001", 1));
    chat.failing = true;

    assertThatThrownBy(() -> sender.send(due, NOW)).hasMessageContaining("Discord is down");

    chat.failing = false;
    assertThat(sender.send(due, NOW.plusSeconds(60))).hasSize(1);
    assertThat(chat.sent).hasSize(1);
  }
}
