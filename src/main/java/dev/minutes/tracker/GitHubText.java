package dev.minutes.tracker;

import java.util.regex.Pattern;

/**
 * Makes text from notes safe inside an issue body on GitHub. Every {@code <} becomes {@code &lt;},
 * so no HTML comment (in particular no fake {@link IssueDraft#markerFor marker}) and no raw HTML
 * from the notes reaches the body; a word joiner (U+2060) after the {@code @} of {@code @user} and
 * {@code @org/team} keeps the text readable while GitHub no longer sees a mention, so nobody is
 * notified by what someone wrote in the notes.
 */
public final class GitHubText {
  /** An {@code @} that starts a word and is followed by what a login or team name starts with. */
  private static final Pattern MENTION = Pattern.compile("(?<![\\p{Alnum}_`.-])@(?=[\\p{Alnum}])");

  private GitHubText() {}

  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    String oneLine = text.replace("\r", " ").replace("\n", " ");
    return MENTION.matcher(oneLine.replace("<", "&lt;")).replaceAll("@\u2060");
  }
}
