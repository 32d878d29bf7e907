package dev.minutes.chat.discord;

/** The weekly digest of the seven days up to now, for {@code /digest}; wired by the CLI. */
@FunctionalInterface
public interface DigestPreview {
  /** The digest as Markdown. */
  String lastSevenDays();
}
