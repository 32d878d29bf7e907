package dev.minutes.chat.discord;

import dev.minutes.notes.MinutesException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.exceptions.ParsingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what JDA throws into one message naming the setting or the service and what to do. Only
 * status codes are quoted, never the server's own text: a server may echo anything, even a token.
 */
final class DiscordErrors {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordErrors.class);
  private static final String API_URL = "discord.api-url";

  private DiscordErrors() {}

  static MinutesException translate(RuntimeException e, String what) {
    if (e instanceof MinutesException known) {
      return known;
    }
    LOG.debug("{} failed", what, e); // the trace only when debugging was asked for
    ErrorResponseException response = find(e, ErrorResponseException.class);
    int status =
        response == null || response.getResponse() == null ? -1 : response.getResponse().code;
    if (status > 0) {
      return fromStatus(status, what);
    }
    if (find(e, InvalidTokenException.class) != null) {
      return token(what + ": Discord refused the bot token");
    }
    InsufficientPermissionException permission = find(e, InsufficientPermissionException.class);
    if (permission != null) {
      return new MinutesException(
          "discord.channel",
          what + ": the bot lacks the permission " + permission.getPermission().getName(),
          "give the bot that permission in the channel's or the server's settings");
    }
    if (find(e, UnknownHostException.class) != null) {
      return new MinutesException(
          API_URL,
          what + ": the host of Discord's API cannot be resolved",
          "check " + API_URL + " and the network");
    }
    if (find(e, ConnectException.class) != null) {
      return new MinutesException(
          API_URL,
          what + ": Discord refused the connection",
          "check " + API_URL + " and the network");
    }
    if (find(e, ParsingException.class) != null) {
      return new MinutesException(
          API_URL,
          what + ": the answer was not Discord's API (not the JSON it sends)",
          "check that " + API_URL + " points at Discord's REST API");
    }
    if (find(e, TimeoutException.class) != null || find(e, InterruptedIOException.class) != null) {
      return new MinutesException(
          "Discord", what + ": no answer in time", "try again later; check " + API_URL);
    }
    return new MinutesException(
        "Discord",
        what + " failed",
        "try again later; run with -Dorg.slf4j.simpleLogger.log.dev.minutes=debug to see why");
  }

  private static MinutesException fromStatus(int status, String what) {
    String failed = what + ": Discord answered " + status;
    return switch (status) {
      case 401 -> token(failed + " (the token was refused)");
      case 403 ->
          new MinutesException(
              "discord.channel",
              failed + " (the bot lacks a permission)",
              "give the bot View Channel and Send Messages in discord.channel");
      case 404 ->
          new MinutesException(
              "discord.channel",
              failed + " (not found)",
              "check discord.guild and discord.channel");
      case 429 -> new MinutesException("Discord", failed + " (rate limited)", "try again later");
      default ->
          status >= 500
              ? new MinutesException("Discord", failed + " (Discord failed)", "try again later")
              : new MinutesException(
                  "Discord",
                  failed + " (the request was refused)",
                  status >= 200 && status < 300
                      ? "check that " + API_URL + " points at Discord's REST API"
                      : "if it happens again, report it with the command that failed");
    };
  }

  private static MinutesException token(String message) {
    return new MinutesException(
        DiscordSettings.TOKEN_VARIABLE,
        message,
        "set DISCORD_TOKEN (or discord.token-file) to the bot's token");
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
