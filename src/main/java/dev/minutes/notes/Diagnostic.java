package dev.minutes.notes;

/**
 * A finding about a notes file that a maintainer should fix.
 *
 * @param code stable, kebab-case ({@code unknown-owner}); scripts match on it
 * @param line 1-based, or 0 when the finding is about the whole file
 * @param column 1-based, or 0 when unknown
 */
public record Diagnostic(Severity severity, String code, String message, int line, int column) {

  /** How bad a finding is; errors make {@code minutes lint} exit 1. */
  public enum Severity {
    ERROR,
    WARNING;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public static Diagnostic warning(String code, String message, int line, int column) {
    return new Diagnostic(Severity.WARNING, code, message, line, column);
  }

  public static Diagnostic error(String code, String message, int line, int column) {
    return new Diagnostic(Severity.ERROR, code, message, line, column);
  }
}
