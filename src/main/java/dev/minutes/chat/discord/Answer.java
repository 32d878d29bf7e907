package dev.minutes.chat.discord;

import java.util.function.Supplier;

/** What a command or button answers, and how the listener delivers it. */
sealed interface Answer {

  /** Replies at once. */
  record Now(Reply reply) implements Answer {}

  /**
   * Slow work (GitHub, a download): Discord waits only three seconds for an answer, so the reply is
   * deferred, the work runs on the bot's worker and its reply follows through the interaction.
   */
  record Later(Supplier<Reply> work) implements Answer {}

  /** Replaces the message whose button was clicked (another page of a list). */
  record Edit(Reply reply) implements Answer {}

  static Answer now(Reply reply) {
    return new Now(reply);
  }

  static Answer later(Supplier<Reply> work) {
    return new Later(work);
  }
}
