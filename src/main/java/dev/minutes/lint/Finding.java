package dev.minutes.lint;

import dev.minutes.notes.Diagnostic;

/**
 * One lint finding: a diagnostic and the file it is about.
 *
 * @param file the path as the user gave it
 */
public record Finding(String file, Diagnostic diagnostic) {

  public boolean isError() {
    return diagnostic.severity() == Diagnostic.Severity.ERROR;
  }

  /** 1-based line for printing; whole-file findings point at line 1. */
  public int line() {
    return Math.max(1, diagnostic.line());
  }

  /** 1-based column for printing; unknown columns point at column 1. */
  public int column() {
    return Math.max(1, diagnostic.column());
  }
}
