package dev.minutes.application;

import dev.minutes.tracker.IssueOpener;

/**
 * One progress line over all the pages of an issue run. {@link OpenIssues} reads new items a page
 * at a time and hands each page to the {@link IssueOpener}, which reports every call as a run of
 * its own, so the line restarted at each page. This counts the whole run instead: the total is the
 * number of items due for an issue over all pages (counted before the first is opened), and an item
 * of a page the opener skips (it has an issue already) counts as done at once.
 */
final class RunProgress implements IssueOpener.Progress {
  private final IssueOpener.Progress line;
  private int pageDue;

  /** Starts the line: {@code total} items due for an issue in the whole run. */
  RunProgress(IssueOpener.Progress line, int total) {
    this.line = line;
    line.start(total);
  }

  /** A page with {@code due} items due for an issue is about to go to the opener. */
  void page(int due) {
    skip();
    pageDue = due;
  }

  /** The opener is about to open {@code toOpen} of the page's items; the rest were skipped. */
  @Override
  public void start(int toOpen) {
    int skipped = pageDue - toOpen;
    for (int i = 0; i < skipped; i++) {
      line.step();
    }
    pageDue = 0;
  }

  @Override
  public void step() {
    line.step();
  }

  /** The end of one page, not of the run: see {@link #close}. */
  @Override
  public void finish() {}

  /** The run is over: counts the last page's skipped items and erases the line. */
  void close() {
    skip();
    line.finish();
  }

  private void skip() {
    start(0);
  }
}
