package dev.minutes.notes;

/**
 * A mistake the user can fix: bad notes, bad configuration, a missing token. Carries where the
 * mistake is and what to do; the CLI turns it into one message and an exit code, never a stack
 * trace. Programming errors are not this type.
 */
public class MinutesException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String where;
  private final String hint;

  /**
   * @param where file, file:line, or config key the mistake is in; may be null
   * @param message what is wrong
   * @param hint what to do about it; may be null
   */
  public MinutesException(String where, String message, String hint) {
    super(message);
    this.where = where;
    this.hint = hint;
  }

  public MinutesException(String where, String message, String hint, Throwable cause) {
    super(message, cause);
    this.where = where;
    this.hint = hint;
  }

  public String where() {
    return where;
  }

  public String hint() {
    return hint;
  }

  /** The one-paragraph text a user sees: {@code where: message} then the hint. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    if (where != null && !where.isBlank()) {
      text.append(where).append(": ");
    }
    text.append(getMessage());
    if (hint != null && !hint.isBlank()) {
      text.append(System.lineSeparator()).append("  hint: ").append(hint);
    }
    return text.toString();
  }
}
