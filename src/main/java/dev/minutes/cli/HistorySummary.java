package dev.minutes.cli;

import dev.minutes.ingest.Adoption;
import dev.minutes.ingest.IngestReport;
import java.io.PrintWriter;

/**
 * Counts the meetings and items a run imported as history, and tells how to act on them later: the
 * closing lines of a first ingest of years of notes.
 */
final class HistorySummary {
  private int meetings;
  private int items;

  void add(IngestReport report) {
    if (report.history()) {
      meetings++;
      items += report.outcome().added().size();
    }
  }

  void print(Adoption adoption, PrintWriter out) {
    if (meetings == 0) {
      return;
    }
    out.printf(
        "history: %d meeting%s with %d action item%s went in as history (%s): stored and"
            + " listed, but no issues, announcements or reminders.%n",
        meetings,
        meetings == 1 ? "" : "s",
        items,
        items == 1 ? "" : "s",
        adoption.backfill()
            ? "--backfill"
            : "dated before " + adoption.cutoff() + ", see notes.since");
    out.println(
        "  To act on them later: minutes issues open --since DATE (or ITEM-ID...) opens their"
            + " issues; in Discord, /issue on one item.");
  }
}
