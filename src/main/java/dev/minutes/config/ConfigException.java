package dev.minutes.config;

import dev.minutes.notes.MinutesException;

/**
 * A configuration Minutes cannot run with: a file it cannot read, or a value that is not what its
 * key expects. It names the file (or environment variable) and the key; the command line reports it
 * as a usage error, before the command has done anything.
 */
public final class ConfigException extends MinutesException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String where, String message, String hint) {
    super(where, message, hint);
  }
}
