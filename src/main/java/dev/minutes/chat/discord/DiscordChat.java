package dev.minutes.chat.discord;

import dev.minutes.chat.Chat;
import dev.minutes.chat.ChatMessage;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** The {@link Chat} on Discord: posts to the configured channel, part after part, in order. */
final class DiscordChat implements Chat {
  private final JDA jda;
  private final TextChannel channel;

  DiscordChat(JDA jda, TextChannel channel) {
    this.jda = jda;
    this.channel = channel;
  }

  @Override
  public void post(ChatMessage message) {
    for (MessageCreateData part : MessageParts.of(message)) {
      channel.sendMessage(part).complete(); // complete(): the next part must come after this one
    }
  }

  @Override
  public void sendDirect(String userId, ChatMessage message) {
    var direct = jda.openPrivateChannelById(userId).complete();
    for (MessageCreateData part : MessageParts.of(message)) {
      direct.sendMessage(part).complete();
    }
  }
}
