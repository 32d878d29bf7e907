package dev.minutes.items;

/**
 * The GitHub issue or pull request that tracks an action item.
 *
 * @param openedByUs true when Minutes opened it; false when the notes pointed at an existing one
 *     (Minutes then never closes or edits it)
 */
public record IssueLink(
    long itemId,
    String repo,
    long number,
    String url,
    boolean pullRequest,
    boolean openedByUs,
    State state) {

  /** As GitHub last reported it; a merged pull request is closed. */
  public enum State {
    OPEN,
    CLOSED
  }

  public IssueLink withState(State newState) {
    return new IssueLink(itemId, repo, number, url, pullRequest, openedByUs, newState);
  }
}
