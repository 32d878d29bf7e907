package dev.minutes.ingest;

import dev.minutes.notes.ActionItem;
import dev.minutes.notes.Diagnostic;
import dev.minutes.notes.Meeting;
import java.util.Optional;

/**
 * What one notes file may create. A file beyond a limit is refused whole, with the line and the
 * setting that raises the limit: storing part of it would lose the rest silently, and one file
 * would otherwise open thousands of issues and flood the channel.
 *
 * @param maxItemsPerFile most action items one file may hold
 * @param maxItemChars most characters of one action item's text
 */
public record IngestLimits(int maxItemsPerFile, int maxItemChars) {
  public static final String MAX_ITEMS_KEY = "ingest.max-items-per-file";
  public static final String MAX_ITEM_CHARS_KEY = "ingest.max-item-chars";

  /** Far above any real meeting (see README, Bad input), far below a flood. */
  public static final IngestLimits DEFAULT = new IngestLimits(500, 2000);

  /** The first limit the meeting breaks, as an error diagnostic; empty when it keeps them all. */
  Optional<Diagnostic> breach(Meeting meeting) {
    if (meeting.actions().size() > maxItemsPerFile) {
      ActionItem first = meeting.actions().get(maxItemsPerFile);
      return Optional.of(
          Diagnostic.error(
              "too-many-items",
              String.format(
                  "%,d action items, more than %s (%,d); the file is not ingested: split the"
                      + " notes or raise the setting",
                  meeting.actions().size(), MAX_ITEMS_KEY, maxItemsPerFile),
              first.line(),
              1));
    }
    for (ActionItem item : meeting.actions()) {
      if (item.text().length() > maxItemChars) {
        return Optional.of(
            Diagnostic.error(
                "item-too-long",
                String.format(
                    "an action item of %,d characters, more than %s (%,d); the file is not"
                        + " ingested: shorten the item or raise the setting",
                    item.text().length(), MAX_ITEM_CHARS_KEY, maxItemChars),
                item.line(),
                1));
      }
    }
    return Optional.empty();
  }
}
