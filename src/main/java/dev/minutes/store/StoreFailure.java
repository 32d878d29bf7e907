package dev.minutes.store;

/** A store operation failed for a reason that is not the user's to fix (a bug, a lost disk). */
public final class StoreFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StoreFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
