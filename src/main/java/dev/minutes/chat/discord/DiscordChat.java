package dev.minutes.chat.discord;

import dev.minutes.chat.Chat;
import dev.minutes.chat.ChatMessage;
import dev.minutes.chat.MessageSplitter;
import dev.minutes.notes.MinutesException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/** The {@link Chat} on Discord: posts to the configured channel, part after part, in order. */
final class DiscordChat implements Chat {
  private static final Duration TIMEOUT = DiscordConnection.REQUEST_TIMEOUT;

  private final JDA jda;
  private final TextChannel channel;
  private final int maxMessages;

  /**
   * @param maxMessages most messages one post may become (see {@link MessageSplitter#splitAtMost})
   */
  DiscordChat(JDA jda, TextChannel channel, int maxMessages) {
    this.jda = jda;
    this.channel = channel;
    this.maxMessages = maxMessages;
  }

  @Override
  public void post(ChatMessage message) {
    try {
      for (MessageCreateData part : MessageParts.of(message, null, maxMessages)) {
        // complete(): the next part must come after this one; bounded, as a reply may never come
        await(channel.sendMessage(part));
      }
    } catch (RuntimeException e) {
      throw DiscordErrors.translate(e, "posting to discord.channel");
    }
  }

  @Override
  public String postKept(ChatMessage message) {
    try {
      String first = null;
      for (MessageCreateData part : MessageParts.of(message, null, maxMessages)) {
        String id = await(channel.sendMessage(part)).getId();
        first = first == null ? id : first;
      }
      return first;
    } catch (RuntimeException e) {
      throw DiscordErrors.translate(e, "posting to discord.channel");
    }
  }

  @Override
  public boolean edit(String messageId, ChatMessage message) {
    List<MessageCreateData> parts = MessageParts.of(message);
    if (parts.size() != 1) {
      return false;
    }
    try {
      await(channel.editMessageById(messageId, MessageEditData.fromCreateData(parts.get(0))));
      return true;
    } catch (RuntimeException e) {
      throw DiscordErrors.translate(e, "editing an announcement in discord.channel");
    }
  }

  @Override
  public void postInThread(String messageId, String threadName, ChatMessage message) {
    try {
      // A thread started on a message has the message's id; the bot knows it once it made it.
      ThreadChannel thread = channel.getGuild().getThreadChannelById(messageId);
      if (thread == null) {
        thread = await(channel.createThreadChannel(threadName, messageId));
      }
      for (MessageCreateData part : MessageParts.of(message, null, maxMessages)) {
        await(thread.sendMessage(part));
      }
    } catch (RuntimeException e) {
      throw DiscordErrors.translate(e, "posting in an announcement's thread");
    }
  }

  @Override
  public void sendDirect(String userId, ChatMessage message) {
    try {
      var direct = await(jda.openPrivateChannelById(userId));
      for (MessageCreateData part : MessageParts.of(message, null, maxMessages)) {
        await(direct.sendMessage(part));
      }
    } catch (RuntimeException e) {
      throw DiscordErrors.translate(e, "sending a direct message");
    }
  }

  /**
   * Like {@code complete()}, but bounded: JDA never completes a request whose answer it cannot read
   * (a 200 that is not JSON), and would wait for it for ever.
   */
  private static <T> T await(RestAction<T> action) {
    CompletableFuture<T> answer = action.submit();
    try {
      return answer.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException failure
          ? failure
          : new IllegalStateException(e.getCause());
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw new MinutesException(
          "discord.api-url",
          "no usable answer from Discord within " + TIMEOUT.toSeconds() + " s",
          "check that discord.api-url points at Discord's REST API; try again later");
    } catch (InterruptedException e) {
      answer.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while posting to Discord", e);
    }
  }
}
