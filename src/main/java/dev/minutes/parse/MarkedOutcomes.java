package dev.minutes.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What an action marker's text says when it is not a task: "Actions: PR landed" reports work
 * already done; "Actions: Joe Sepi and Kris Borchers confirmed for the roles of Chair and Director"
 * records a resolution. And the one subjectless sentence that is a task: "Will review the times".
 */
final class MarkedOutcomes {
  /** A short report that the work is done: "PR landed", "Merged.", "This was fixed". */
  private static final Pattern DONE =
      Pattern.compile(
          "(?i)^(?:the\\s+|this\\s+|it\\s+)?(?:prs?|pull\\s+requests?|changes?|fix|patch|issue)?\\s*"
              + "(?:has\\s+been\\s+|have\\s+been\\s+|was\\s+|were\\s+|is\\s+|are\\s+)?"
              + "(?:landed|merged|done|closed|fixed|completed|shipped|released)[.!]?$");

  /** "X confirmed for the roles of ...", "Sigstore accepted as a project": a resolution. */
  private static final Pattern SETTLED =
      Pattern.compile(
          "\\b(?:confirmed|approved|accepted|elected|appointed|adopted|ratified)\\s+(?:as|for|into|by)\\b");

  /**
   * A vote or agreement recorded with what it settled: "Unanimous yes ... to approve creation of
   * WG", "+1 to allow either model, 5-0", "All agreed, TAC must have that hammer", "Sigstore is
   * accepted into the OpenSSF". A tally alone ("All +1 from TAC", "5-0 affirm today") settles
   * nothing a reader could act on.
   */
  private static final Pattern RECORDED =
      Pattern.compile(
          "(?i)^(?:unanimous(?:ly)?\\b[^.]*?\\s(?:to|for)\\s+\\p{L}+\\s+\\p{L}+"
              + "|all\\s+agreed\\s*[,:]\\s*\\S+\\s+\\S+\\s+\\S+"
              + "|\\+1\\s+(?:to|for)\\s+\\p{L}+\\s+\\S+"
              + "|\\d+-\\d+\\s+(?:consensus\\s+)?(?:to|for)\\s+\\p{L}+\\s+\\S+)");

  /** The participles {@link #ACCEPTED} needs: most lines have none, and skip the search. */
  private static final List<String> PARTICIPLES =
      List.of("accepted", "approved", "adopted", "elected", "confirmed", "ratified");

  private static final Pattern ACCEPTED =
      Pattern.compile(
          "\\b(?:is|was|are|were|has\\s+been|have\\s+been)\\s+(?:"
              + String.join("|", PARTICIPLES)
              + ")\\s+(?:as|into|for)\\b");

  /** "Will review the times next week": a task whose owner is the marker's. */
  private static final Pattern SUBJECTLESS_TASK = Pattern.compile("^Will\\s+\\p{Ll}");

  private MarkedOutcomes() {}

  static boolean reportsDone(String text) {
    return text.length() <= 40 && DONE.matcher(text.strip()).matches();
  }

  static boolean settles(String text) {
    return SETTLED.matcher(text).find();
  }

  static boolean recordsOutcome(String text) {
    char first = text.isEmpty() ? ' ' : Character.toLowerCase(text.charAt(0));
    boolean mayOpen = first == 'u' || first == 'a' || first == '+' || Character.isDigit(first);
    if (mayOpen && RECORDED.matcher(text).lookingAt()) {
      return true;
    }
    for (String participle : PARTICIPLES) {
      if (text.contains(participle)) {
        return ACCEPTED.matcher(text).find();
      }
    }
    return false;
  }

  static boolean isTask(String sentence) {
    return SUBJECTLESS_TASK.matcher(sentence).lookingAt();
  }
}
