package dev.minutes.notes;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The link to a meeting's notes: {@code notes.base-url} + the meeting's path relative to the notes
 * root. A meeting kept under an absolute path (its file is outside the root) or a path that climbs
 * out of the root gets no link, so local paths never leak into issues or the channel.
 */
public final class NotesLink {
  private static final Pattern OUTSIDE_ROOT =
      Pattern.compile("^(/|[A-Za-z]:[\\\\/]|\\\\)|(^|/)\\.\\.(/|$)");

  private NotesLink() {}

  /** True when {@code source} is a path relative to the notes root (and so can be linked). */
  public static boolean insideRoot(String source) {
    return source != null && !source.isBlank() && !OUTSIDE_ROOT.matcher(source).find();
  }

  /**
   * The link for {@code source}, empty without a base URL or when the source is outside the root.
   */
  public static Optional<String> of(String baseUrl, String source) {
    if (baseUrl == null || baseUrl.isBlank() || !insideRoot(source)) {
      return Optional.empty();
    }
    String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    return Optional.of(base + source.replaceFirst("^(\\./)+", ""));
  }
}
