package dev.minutes.chat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes text from notes safe inside a Discord message: Markdown characters are escaped so a stray
 * {@code *} or {@code |} cannot restyle the rest of the message, and {@code @everyone}, {@code
 * @here} and {@code <@…>} mention syntax are broken up so they never even look like a ping. URLs
 * are left as they are, since a backslash inside one would break the link. This is the one escape
 * for notes text in every Discord message: announcements, {@code /meeting}, {@code /todos}, the
 * digest and the reminders.
 */
public final class DiscordMarkdown {
  /** Brackets end a URL: inside one they could still open or close a masked link. */
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\\[\\]]+");

  private static final Pattern EVERYONE = Pattern.compile("@(everyone|here)");
  private static final String SPECIAL = "\\*_~`|[]";

  /** Special only where a line could start: a message may be cut at any space. */
  private static final String LINE_START = "#->";

  private DiscordMarkdown() {}

  /** How a message mentions a member: the one place that knows Discord's mention syntax. */
  public static String mention(String userId) {
    return "<@" + userId + ">";
  }

  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    Matcher url = URL.matcher(text);
    int at = 0;
    while (url.find()) {
      escapePlain(text.substring(at, url.start()), out);
      if (EVERYONE.matcher(url.group()).find()) {
        escapePlain(url.group(), out); // the link breaks, so that the text never reads as a ping
      } else {
        out.append(url.group());
      }
      at = url.end();
    }
    escapePlain(text.substring(at), out);
    return out.toString();
  }

  private static void escapePlain(String plain, StringBuilder out) {
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (c == '@' && (plain.startsWith("everyone", i + 1) || plain.startsWith("here", i + 1))) {
        out.append("@\u200b"); // a zero-width space: reads the same, pings nobody
      } else if (c == '<') {
        out.append("<\u200b"); // <@id>, <@&id>, <#id>, <t:…> stay text
      } else if (SPECIAL.indexOf(c) >= 0
          || LINE_START.indexOf(c) >= 0
              && (i == 0 || Character.isWhitespace(plain.charAt(i - 1)))) {
        out.append('\\').append(c);
      } else if (c == '\n' || c == '\r') {
        out.append(' '); // one item is one line; a newline would start a heading or quote
      } else {
        out.append(c);
      }
    }
  }
}
