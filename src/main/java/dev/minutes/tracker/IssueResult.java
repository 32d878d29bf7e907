package dev.minutes.tracker;

/**
 * What {@link IssueOpener} did for one item.
 *
 * @param url the issue or pull request, when there is one
 * @param draft what would be opened, for {@link Outcome#WOULD_OPEN}; else null
 * @param detail why, for {@link Outcome#FAILED} and {@link Outcome#BUSY}; why nothing is sent, for
 *     {@link Outcome#WOULD_OPEN} and {@link Outcome#WOULD_LINK}; else null
 */
public record IssueResult(
    long itemId, Outcome outcome, String url, IssueDraft draft, String detail) {

  /** The possible ends of one item's turn. */
  public enum Outcome {
    OPENED,
    /** Found by its marker: an earlier run created it but stopped before recording it. */
    RECOVERED,
    /** Linked to the issue or pull request the notes mention. */
    LINKED,
    ALREADY_LINKED,
    /** Another process holds the claim and may be opening it right now. */
    BUSY,
    WOULD_OPEN,
    WOULD_LINK,
    /** Not done this time; the next run tries again. */
    FAILED
  }
}
