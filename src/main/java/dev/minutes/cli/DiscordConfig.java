package dev.minutes.cli;

import dev.minutes.chat.discord.DiscordSettings;
import dev.minutes.config.Config;
import java.time.Duration;

/**
 * The {@code discord.*} keys.
 *
 * @param settings what the Discord adapter reads (the token apart)
 * @param editWindow {@code discord.edit-window}: how long an announcement is edited in place
 */
record DiscordConfig(DiscordSettings settings, Duration editWindow) {
  static DiscordConfig read(Config config) {
    return new DiscordConfig(DiscordSettings.from(config), config.duration("discord.edit-window"));
  }
}
