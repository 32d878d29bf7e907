package dev.minutes.items;

import java.util.List;

/**
 * What an ingest of one meeting did.
 *
 * @param unchanged the file's content was already stored: nothing was written
 * @param kept items seen again with no change that matters
 */
public record IngestOutcome(
    long meetingId,
    boolean newMeeting,
    boolean unchanged,
    List<Long> added,
    List<Long> changed,
    List<Long> removed,
    int kept) {

  public IngestOutcome {
    added = List.copyOf(added);
    changed = List.copyOf(changed);
    removed = List.copyOf(removed);
  }
}
