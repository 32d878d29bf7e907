package dev.minutes.cli;

/** What {@code minutes} tells the shell: the one list of its exit codes. */
enum ExitCode {
  /** Done as asked. */
  OK(0),
  /**
   * A mistake the user can fix (bad notes, config or token), or an item that failed and retries.
   */
  USER_ERROR(1),
  /** A mistyped command line (picocli's code for invalid input). */
  USAGE(2);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  int code() {
    return code;
  }

  /** {@link #USER_ERROR} when {@code failed}, else {@link #OK}. */
  static ExitCode of(boolean failed) {
    return failed ? USER_ERROR : OK;
  }
}
