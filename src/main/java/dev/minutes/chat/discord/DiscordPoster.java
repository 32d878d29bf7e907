package dev.minutes.chat.discord;

import dev.minutes.chat.ChatMessage;
import dev.minutes.chat.ChatSession;
import net.dv8tion.jda.api.JDA;

/**
 * A {@link Chat} for one-off posts from the command line ({@code minutes ingest}): logs in without
 * registering commands or listening to anything, posts, and logs out on {@link #close}.
 */
public final class DiscordPoster implements ChatSession {
  private final JDA jda;
  private final DiscordChat chat;

  private DiscordPoster(JDA jda, DiscordChat chat) {
    this.jda = jda;
    this.chat = chat;
  }

  public static DiscordPoster connect(DiscordSettings settings, String token) {
    JDA jda = DiscordConnection.connect(settings, token);
    try {
      var channel = DiscordConnection.channel(DiscordConnection.guild(jda, settings), settings);
      return new DiscordPoster(jda, new DiscordChat(jda, channel, settings.maxMessagesPerPost()));
    } catch (RuntimeException e) {
      jda.shutdownNow();
      throw e;
    }
  }

  @Override
  public void post(ChatMessage message) {
    chat.post(message);
  }

  @Override
  public String postKept(ChatMessage message) {
    return chat.postKept(message);
  }

  @Override
  public boolean edit(String messageId, ChatMessage message) {
    return chat.edit(messageId, message);
  }

  @Override
  public void postInThread(String messageId, String threadName, ChatMessage message) {
    chat.postInThread(messageId, threadName, message);
  }

  @Override
  public void sendDirect(String userId, ChatMessage message) {
    chat.sendDirect(userId, message);
  }

  @Override
  public void close() {
    jda.shutdown();
  }
}
