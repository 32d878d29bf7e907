package dev.minutes.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Version, commit and build date of this build, from the {@code build-info.properties} that Maven
 * fills in. A value the build could not know (no {@code .git} in a source archive or a Docker build
 * context) reads "unknown".
 */
record BuildInfo(String version, String commit, String date) {
  static final String UNKNOWN = "unknown";
  private static final String RESOURCE = "build-info.properties";

  static BuildInfo load() {
    Properties properties = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // An unreadable resource in our own jar: report what we know, which is nothing.
    }
    return from(properties);
  }

  static BuildInfo from(Properties properties) {
    return new BuildInfo(
        known(properties.getProperty("version")),
        known(properties.getProperty("commit")),
        known(properties.getProperty("date")));
  }

  /** The value, or "unknown" when missing or left unfilled by the build (still "${...}"). */
  private static String known(String value) {
    return value == null || value.isBlank() || value.startsWith("${") ? UNKNOWN : value.trim();
  }

  /** One line, e.g. {@code minutes 0.1.0 (commit 1a2b3c4, built 2026-11-29T18:30:00Z)}. */
  String line() {
    return "minutes " + version + " (commit " + commit + ", built " + date + ")";
  }
}
