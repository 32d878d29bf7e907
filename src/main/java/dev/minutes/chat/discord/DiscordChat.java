package dev.minutes.chat.discord;

import dev.minutes.chat.Chat;
import dev.minutes.chat.ChatMessage;
import dev.minutes.chat.MessageSplitter;
import dev.minutes.notes.MinutesException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

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
