package dev.minutes.cli;

import dev.minutes.application.IngestNotes;
import dev.minutes.application.OpenIssues;
import dev.minutes.tracker.IssueDraft;
import dev.minutes.tracker.IssueResult;
import dev.minutes.tracker.IssueResult.Outcome;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Prints what the issue opener did (or would do), one line per item, then totals. */
final class IssueResultPrinter {
  private IssueResultPrinter() {}

  /**
   * After the files of one run: the issues of the items it added, then what the issues of the items
   * it edited became. Returns true when some issue could not be opened.
   */
  static boolean printFollowUp(IngestNotes.FollowUp followed, PrintWriter out, PrintWriter err) {
    boolean failed = printNewItems(followed.issues(), out, err);
    followed.edits().lines().forEach(out::println);
    return failed;
  }

  /**
   * After an ingest: the issues of the items it added, or nothing when none were due. Returns true
   * when some issue could not be opened.
   */
  static boolean printNewItems(OpenIssues.NewItems issues, PrintWriter out, PrintWriter err) {
    if (!issues.ran()) {
      return false;
    }
    if (issues.refused() > 0) {
      out.println(
          "GitHub: this run would open "
              + issues.refused()
              + " issues, more than github.max-per-run: nothing opened. Run it again with --yes,"
              + " or open some with: minutes issues open ITEM-ID...");
      return true;
    }
    issues
        .dryRunReason()
        .ifPresent(
            reason ->
                out.println(
                    "GitHub: dry run ("
                        + reason
                        + "): see what would be opened with: minutes issues open --dry-run"));
    return print(issues.results(), false, out, err);
  }

  /** Returns true when some item failed and should make the command exit non-zero. */
  static boolean print(
      List<IssueResult> results, boolean detailed, PrintWriter out, PrintWriter err) {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    printEach(results, detailed, out, err, counts);
    return printSummary(counts, out);
  }

  /**
   * Prints the lines of one page of results (every one when {@code detailed}, else the failures)
   * and adds them to {@code counts}, so pages need not be kept for the summary.
   */
  static void printEach(
      List<IssueResult> results,
      boolean detailed,
      PrintWriter out,
      PrintWriter err,
      Map<Outcome, Integer> counts) {
    for (IssueResult result : results) {
      counts.merge(result.outcome(), 1, Integer::sum);
      if (detailed || result.outcome() == Outcome.FAILED) {
        printOne(result, result.outcome() == Outcome.FAILED ? err : out);
      }
    }
  }

  /** The closing line; true when some item failed. */
  static boolean printSummary(Map<Outcome, Integer> counts, PrintWriter out) {
    out.println(
        "GitHub: " + (counts.isEmpty() ? "no open item without an issue" : summary(counts)));
    return counts.containsKey(Outcome.FAILED);
  }

  private static void printOne(IssueResult result, PrintWriter to) {
    String id = "#" + result.itemId();
    switch (result.outcome()) {
      case WOULD_OPEN -> {
        IssueDraft draft = result.draft();
        to.println(id + " would open: " + draft.title());
        to.println(
            "    assignees: "
                + (draft.assignees().isEmpty()
                    ? "none known"
                    : String.join(", ", draft.assignees()))
                + "; labels: "
                + String.join(", ", draft.labels()));
      }
      case WOULD_LINK -> to.println(id + " would link to " + result.url());
      case FAILED -> to.println(id + " not opened: " + result.detail() + " (the next run retries)");
      case BUSY -> to.println(id + " skipped: " + result.detail());
      default ->
          to.println(
              id
                  + " "
                  + result.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                  + ": "
                  + result.url());
    }
  }

  private static String summary(Map<Outcome, Integer> counts) {
    StringBuilder text = new StringBuilder();
    counts.forEach(
        (outcome, count) -> {
          if (text.length() > 0) {
            text.append(", ");
          }
          text.append(count)
              .append(' ')
              .append(outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        });
    return text.toString();
  }
}
