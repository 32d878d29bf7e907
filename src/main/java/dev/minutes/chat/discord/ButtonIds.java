package dev.minutes.chat.discord;

import java.util.Optional;

/**
 * The custom ids of the bot's buttons ({@code minutes:done:42}); Discord hands them back on a
 * click, so they carry everything the click needs. At most 100 characters.
 */
final class ButtonIds {
  static final int MAX_LENGTH = 100;
  private static final String PREFIX = "minutes:";

  /** The actions a button id carries; each is routed to the command that owns it. */
  static final String DONE = "done";

  static final String SNOOZE = "snooze";
  static final String ISSUE = "issue";
  static final String PAGE = "page";

  private ButtonIds() {}

  /** A decoded click: what to do, on which item or page, with which /todos query. */
  record Click(String action, long number, String query) {}

  static String done(long id) {
    return of(DONE, id);
  }

  static String snooze(long id) {
    return of(SNOOZE, id);
  }

  static String issue(long id) {
    return of(ISSUE, id);
  }

  /** Another page of /todos; two buttons differ by page, so the ids stay unique. */
  static String page(int page, String query) {
    String id = of(PAGE, Math.max(0, page)) + ":" + query;
    if (id.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("query too long for a button id: " + query.length());
    }
    return id;
  }

  private static String of(String action, long number) {
    return PREFIX + action + ":" + number;
  }

  static Optional<Click> parse(String customId) {
    if (customId == null || !customId.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String[] parts = customId.substring(PREFIX.length()).split(":", 3);
    if (parts.length < 2) {
      return Optional.empty();
    }
    try {
      long number = Long.parseLong(parts[1]);
      return Optional.of(new Click(parts[0], number, parts.length == 3 ? parts[2] : ""));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
