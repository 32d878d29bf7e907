package dev.minutes.chat.discord;

/**
 * Who used a command or button.
 *
 * @param maintainer holds the configured maintainer role
 */
record Invoker(String userId, boolean maintainer) {}
