package dev.minutes.parse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The answers of a pure function, remembered: the notes of one community repeat the same headings
 * and the same participants file after file, and working them out again is most of what reading
 * them costs. Up to a bound, so notes with endless distinct texts cost time, not memory.
 * Thread-safe, like the parser that holds it.
 */
final class BoundedMemo<K, V> {
  /** The bound of the parser's memos: far more headings and names than a community writes. */
  static final int DISTINCT_TEXTS = 4096;

  private final Map<K, V> answers = new ConcurrentHashMap<>();
  private final Function<K, V> function;
  private final int bound;

  /**
   * @param function a pure function that never returns null
   * @param bound how many answers to keep at most
   */
  BoundedMemo(Function<K, V> function, int bound) {
    this.function = function;
    this.bound = bound;
  }

  V apply(K key) {
    V known = answers.get(key);
    if (known != null) {
      return known;
    }
    V answer = function.apply(key);
    if (answers.size() < bound) {
      answers.put(key, answer);
    }
    return answer;
  }
}
