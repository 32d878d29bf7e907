package dev.minutes.tracker;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An issue or pull request: {@code owner/repo} and its number. */
public record IssueRef(String repo, long number) {
  private static final Pattern URL =
      Pattern.compile("https?://[^/\\s]+/([\\w.-]+/[\\w.-]+)/(?:issues|pull)/(\\d+)(?:[/#?].*)?");
  private static final Pattern SHORT = Pattern.compile("([\\w.-]+/[\\w.-]+)#(\\d+)");

  /** Reads an item's reference as the parser keeps it (a GitHub URL or owner/repo#N). */
  public static Optional<IssueRef> parse(String ref) {
    for (Pattern pattern : new Pattern[] {URL, SHORT}) {
      Matcher matcher = pattern.matcher(ref.strip());
      if (matcher.matches()) {
        return Optional.of(new IssueRef(matcher.group(1), Long.parseLong(matcher.group(2))));
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return repo + "#" + number;
  }
}
