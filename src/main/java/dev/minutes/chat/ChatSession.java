package dev.minutes.chat;

/** A chat held open for one command: closing it ends its connection, if it has one. */
public interface ChatSession extends Chat, AutoCloseable {
  @Override
  void close();
}
