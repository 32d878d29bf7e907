package dev.minutes.chat.discord;

import dev.minutes.notes.MinutesException;
import java.time.Duration;
import java.util.EnumSet;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import okhttp3.OkHttpClient;

/**
 * Logs in to Discord (or a Discord-compatible server) the way the bot needs: no privileged intents,
 * no member or presence caches, users as the only mention type any message may ping, and the REST
 * and gateway URLs from the settings. JDA reconnects by itself after a network loss.
 */
final class DiscordConnection {
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
  static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

  private DiscordConnection() {}

  static JDA connect(DiscordSettings settings, String token, Object... listeners) {
    // Once for every message, reply and follow-up: JDA's own default also allows @everyone/roles.
    MessageRequest.setDefaultMentions(EnumSet.of(Message.MentionType.USER));
    JDABuilder builder =
        JDABuilder.createLight(token, EnumSet.noneOf(GatewayIntent.class))
            .setMemberCachePolicy(MemberCachePolicy.NONE)
            .setAutoReconnect(true)
            .setRestConfig(new RestConfig().setBaseUrl(settings.apiUrl()))
            .addEventListeners(listeners);
    if (settings.gatewayUrl() != null) {
      String gateway = settings.gatewayUrl();
      builder
          .setSessionController(
              new ConcurrentSessionController() {
                @Override
                public String getGateway() {
                  return gateway;
                }
              })
          // A Discord-compatible server need not speak zlib; plain JSON frames always work.
          .setCompression(Compression.NONE);
    }
    // Bounded waits: a server that accepts and never answers must not hold a command for ever.
    builder
        .setHttpClientBuilder(
            new OkHttpClient.Builder()
                .connectTimeout(CONNECT_TIMEOUT)
                .readTimeout(REQUEST_TIMEOUT)
                .writeTimeout(REQUEST_TIMEOUT)
                .callTimeout(REQUEST_TIMEOUT))
        .setRequestTimeoutRetry(false);
    JDA jda;
    try {
      jda = builder.build();
    } catch (InvalidTokenException e) {
      throw new MinutesException(
          "DISCORD_TOKEN", "Discord refused the bot token", "check the token (never share it)");
    } catch (RuntimeException e) {
      throw DiscordErrors.translate(e, "logging in to Discord");
    }
    awaitReady(jda);
    return jda;
  }

  /**
   * Waits for the gateway's READY at most {@link #READY_TIMEOUT}; JDA alone would wait for ever.
   */
  private static void awaitReady(JDA jda) {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    try {
      while (jda.getStatus() != JDA.Status.CONNECTED) {
        if (jda.getStatus() == JDA.Status.SHUTDOWN || System.nanoTime() > deadline) {
          jda.shutdownNow();
          throw new MinutesException(
              "discord.gateway-url",
              "no connection to Discord's gateway within " + READY_TIMEOUT.toSeconds() + " s",
              "check the network, discord.gateway-url (when set) and discord.api-url");
        }
        Thread.sleep(100);
      }
    } catch (InterruptedException e) {
      jda.shutdownNow();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while connecting to Discord", e);
    }
  }

  static Guild guild(JDA jda, DiscordSettings settings) {
    if (settings.guild() == null) {
      throw new MinutesException(
          "discord.guild", "is not set", "set it to your server's id (Developer Mode: Copy ID)");
    }
    Guild guild = jda.getGuildById(settings.guild());
    if (guild == null) {
      throw new MinutesException(
          "discord.guild " + settings.guild(),
          "the bot is not a member of this server",
          "invite it with the link from README.md");
    }
    return guild;
  }

  /** The announcement channel by id or by name (without {@code #}). */
  static TextChannel channel(Guild guild, DiscordSettings settings) {
    String wanted = settings.channel();
    if (wanted == null) {
      throw new MinutesException(
          "discord.channel", "is not set", "set it to the channel's id or name");
    }
    TextChannel channel = wanted.matches("\\d+") ? guild.getTextChannelById(wanted) : null;
    if (channel == null) {
      channel =
          guild.getTextChannelsByName(wanted.replaceFirst("^#", ""), true).stream()
              .findFirst()
              .orElse(null);
    }
    if (channel == null) {
      throw new MinutesException(
          "discord.channel " + wanted,
          "no such text channel the bot can see",
          "check the name or id and the bot's View Channel permission");
    }
    return channel;
  }
}
