package dev.minutes.chat.discord;

import dev.minutes.config.Config;
import java.util.Optional;

/**
 * The {@code discord.*} keys of the configuration. The token is read apart, through {@link
 * Config#secret}, and never kept here, so printing these settings can never leak it.
 *
 * @param channel id or name of the channel announcements go to
 * @param maintainerRole id or name of the role whose members may change anyone's items; null for
 *     none
 * @param apiUrl REST base URL ending in a slash; Discord's by default
 * @param gatewayUrl WebSocket URL of the gateway; null to ask the REST API for it
 * @param maxMessagesPerPost most messages one announcement, digest or reminder becomes
 */
public record DiscordSettings(
    String guild,
    String channel,
    String maintainerRole,
    String apiUrl,
    String gatewayUrl,
    int maxMessagesPerPost) {
  public static final String MAX_MESSAGES_KEY = "discord.max-messages-per-post";
  public static final int DEFAULT_MAX_MESSAGES = 5;

  public static final String DEFAULT_API_URL = "https://discord.com/api/v10/";
  public static final String TOKEN_VARIABLE = "DISCORD_TOKEN";
  public static final String TOKEN_FILE_KEY = "discord.token-file";

  public DiscordSettings(
      String guild, String channel, String maintainerRole, String apiUrl, String gatewayUrl) {
    this(guild, channel, maintainerRole, apiUrl, gatewayUrl, DEFAULT_MAX_MESSAGES);
  }

  public static DiscordSettings from(Config config) {
    String api = config.httpUrl("discord.api-url");
    return new DiscordSettings(
        config.optional("discord.guild").orElse(null),
        config.optional("discord.channel").orElse(null),
        config.optional("discord.maintainer-role").orElse(null),
        api.endsWith("/") ? api : api + "/",
        config.optional("discord.gateway-url").orElse(null),
        config.integer(MAX_MESSAGES_KEY));
  }

  /** The bot token from DISCORD_TOKEN or discord.token-file. */
  public static Optional<String> token(Config config) {
    return config.secret(TOKEN_VARIABLE, TOKEN_FILE_KEY);
  }
}
