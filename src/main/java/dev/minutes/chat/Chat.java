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
}
