package dev.minutes.chat.discord;

import dev.minutes.chat.ChatMessage;

/**
 * What the bot answers to one command or button.
 *
 * @param ephemeral only the invoker sees it (refusals, confirmations of private actions)
 * @param paging for a page of /todos: where the Previous/Next buttons lead; else null
 */
record Reply(ChatMessage message, boolean ephemeral, Paging paging) {

  static Reply visible(ChatMessage message) {
    return new Reply(message, false, null);
  }

  static Reply privately(String text) {
    return new Reply(ChatMessage.plain(text), true, null);
  }

  /** Page {@code page} of {@code pages}; {@code query} rebuilds the list for another page. */
  record Paging(int page, int pages, String query) {}
}
