package dev.minutes.chat;

/**
 * Where announcements, reminders and digests go. The Discord adapter posts for real; without a
 * token the CLI uses one that prints what it would post.
 */
public interface Chat {

  /** Posts to the configured community channel. */
  void post(ChatMessage message);

  /** Sends privately to one member (reminders by direct message, when configured). */
  void sendDirect(String userId, ChatMessage message);

  /**
   * Posts to the channel like {@link #post} and returns the id of the (first) message, so that it
   * can be edited or answered in a thread later; null when the chat keeps no messages.
   */
  String postKept(ChatMessage message);

  /**
   * Replaces a kept message with {@code message}; false, with nothing changed, when the new text
   * needs more than the one message there is to edit.
   */
  boolean edit(String messageId, ChatMessage message);

  /** Posts in the thread of a kept message, starting one named {@code threadName} if needed. */
  void postInThread(String messageId, String threadName, ChatMessage message);

  /**
   * False for a chat that only shows what it would send (no token): whoever sends through it then
   * records nothing as sent, so a later run with a token still sends.
   */
  default boolean delivers() {
    return true;
  }
}
