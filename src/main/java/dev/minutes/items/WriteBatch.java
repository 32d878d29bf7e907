package dev.minutes.items;

/**
 * While open, the store's writes are committed many at a time, each still all or nothing as seen by
 * readers; closing it commits the rest.
 */
public interface WriteBatch extends AutoCloseable {
  @Override
  void close();
}
