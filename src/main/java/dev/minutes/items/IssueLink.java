package dev.minutes.items;

import java.util.List;

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

  /**
   * When an item tracked by several issues and pull requests is done ({@code github.done-when}):
   * once all of them are closed or merged, or once any one is.
   */
  public enum DoneWhen {
    ALL,
    ANY;

    /** True when links in these states make their item done. */
    public boolean done(List<State> states) {
      return this == ALL
          ? !states.isEmpty() && states.stream().allMatch(s -> s == State.CLOSED)
          : states.contains(State.CLOSED);
    }
  }

  public IssueLink withState(State newState) {
    return new IssueLink(itemId, repo, number, url, pullRequest, openedByUs, newState);
  }
}
