package dev.minutes.cli;

import dev.minutes.chat.AnnouncementUpdates;
import dev.minutes.items.Effect;
import dev.minutes.items.ItemFilter;
import dev.minutes.items.ItemHistoryEntry;
import dev.minutes.items.Store;
import dev.minutes.items.StoredMeeting;
import dev.minutes.items.TrackedItem;
import dev.minutes.notes.AgendaItem;
import dev.minutes.notes.Decision;
import dev.minutes.notes.MinutesException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code minutes show}: one meeting (M12) or one action item (12, #12) in full. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Shows a meeting (M12) with its agenda, decisions and items, or an item (12).")
final class ShowCommand extends MinutesCommand {
  @ParentCommand Main main;
  private final StoreOption storeOption = new StoreOption();

  @Parameters(paramLabel = "ID", description = "M<number> for a meeting, <number> for an item.")
  String id;

  @Override
  ExitCode run() {
    PrintWriter out = spec.commandLine().getOut();
    LocalDate today = LocalDate.now(main.clock());
    String normalised = id.strip().toUpperCase(Locale.ROOT).replaceFirst("^#", "");
    try (Store store = storeOption.openExisting(main)) {
      if (normalised.startsWith("M")) {
        long meetingId = number(normalised.substring(1));
        StoredMeeting meeting =
            store.meeting(meetingId).orElseThrow(() -> unknown("no such meeting", "meetings"));
        printMeeting(out, store, meeting, today);
      } else {
        long itemId = number(normalised);
        TrackedItem item = store.item(itemId).orElseThrow(() -> unknown("no such item", "todos"));
        out.println(ItemText.line(item, today));
        out.println("  from " + item.meetingSource() + ":" + item.line() + sectionOf(item));
        item.refs().forEach(ref -> out.println("  ref " + ref));
        for (ItemHistoryEntry entry : store.history(itemId)) {
          out.printf(
              "  %s %s by %s%s%n",
              entry.at(),
              entry.change(),
              entry.actor(),
              entry.detail() == null ? "" : ": " + entry.detail());
        }
        printSideEffects(out, store, item);
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  private static void printMeeting(
      PrintWriter out, Store store, StoredMeeting meeting, LocalDate today) {
    out.println(
        "M" + meeting.id() + "  " + (meeting.title() == null ? "(untitled)" : meeting.title()));
    out.println("  " + meeting.date() + "  " + meeting.source());
    if (!meeting.agenda().isEmpty()) {
      out.println("Agenda:");
      for (AgendaItem item : meeting.agenda()) {
        out.println("  - " + item.text());
      }
    }
    if (!meeting.decisions().isEmpty()) {
      out.println("Decisions:");
      for (Decision decision : meeting.decisions()) {
        out.println("  - " + decision.text());
      }
    }
    out.println("Action items:");
    store.items(ItemFilter.all()).stream()
        .filter(item -> item.meetingId() == meeting.id())
        .forEach(item -> out.println("  " + ItemText.line(item, today)));
  }

  /**
   * What Minutes did outside the store for the item, with when: its issues (opened or linked,
   * edited, closed, reopened, from the item's history) and its meeting's announcement and updates.
   */
  private static void printSideEffects(PrintWriter out, Store store, TrackedItem item) {
    record Done(Instant at, String what) {}
    List<Done> done = new ArrayList<>();
    for (ItemHistoryEntry entry : store.history(item.id())) {
      if (ISSUE_CHANGES.contains(entry.change())) {
        String what = entry.change().equals("linked") ? "issue opened or linked" : entry.change();
        done.add(new Done(entry.at(), what + ": " + entry.detail()));
      }
    }
    for (Effect effect : store.effects(AnnouncementUpdates.key(item.meetingId()))) {
      Optional<String> what = AnnouncementUpdates.describe(effect, item.meetingId());
      if (what.isPresent() && effect.completedAt() != null) {
        done.add(new Done(effect.completedAt(), what.get()));
      }
    }
    out.println("Side effects:");
    if (done.isEmpty()) {
      out.println("  none yet");
    }
    // A stable sort: what happened in the same millisecond keeps its recorded order.
    done.stream()
        .sorted(java.util.Comparator.comparing(Done::at))
        .forEach(d -> out.println("  " + d.at() + " " + d.what()));
  }

  private static final Set<String> ISSUE_CHANGES =
      Set.of("linked", "issue edited", "issue closed", "issue reopened");

  private static String sectionOf(TrackedItem item) {
    return item.section() == null ? "" : " (" + item.section() + ")";
  }

  private long number(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new MinutesException(id, "not a meeting or item number", "use M12 or 12");
    }
  }

  private MinutesException unknown(String what, String listCommand) {
    return new MinutesException(id, what, "list them with: minutes " + listCommand);
  }
}
