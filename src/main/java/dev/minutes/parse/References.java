package dev.minutes.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the GitHub issues and pull requests a piece of text mentions. */
final class References {
  private static final Pattern GITHUB_URL =
      Pattern.compile("https?://github\\.com/[\\w.-]+/[\\w.-]+/(?:issues|pull|discussions)/\\d+");
  private static final Pattern SHORT_REF =
      Pattern.compile("(?<![\\w/.])([A-Za-z0-9][\\w.-]*/[\\w.-]+#\\d+)\\b");

  private References() {}

  /** URLs of issues/PRs (without trailing paths such as {@code /files}), then {@code o/r#N}. */
  static List<String> in(String text) {
    Set<String> refs = new LinkedHashSet<>();
    if (text.contains("://github.com/")) { // as below: most texts link nowhere
      Matcher url = GITHUB_URL.matcher(text);
      while (url.find()) {
        refs.add(url.group());
      }
    }
    if (text.indexOf('#') >= 0) { // the look-behind at every position costs; most texts have none
      Matcher shortRef = SHORT_REF.matcher(text);
      while (shortRef.find()) {
        refs.add(shortRef.group(1));
      }
    }
    return new ArrayList<>(refs);
  }
}
