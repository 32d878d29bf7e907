package dev.minutes.cli;

import dev.minutes.items.ItemHistoryEntry;
import dev.minutes.items.Store;
import dev.minutes.items.StoredMeeting;
import dev.minutes.items.TrackedItem;
import dev.minutes.notes.AgendaItem;
import dev.minutes.notes.Decision;
import dev.minutes.notes.MinutesException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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

  @Option(names = "--format", defaultValue = "text", description = "text or json.")
  TodosCommand.Format format;

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
        List<TrackedItem> items = store.meetingItems(meetingId).items();
        if (format == TodosCommand.Format.json) {
          out.println(MeetingJson.pretty(ShowJson.meeting(meeting, items)));
        } else {
          printMeeting(out, meeting, items, today);
        }
      } else {
        long itemId = number(normalised);
        TrackedItem item = store.item(itemId).orElseThrow(() -> unknown("no such item", "todos"));
        List<ItemHistoryEntry> history = store.history(itemId);
        if (format == TodosCommand.Format.json) {
          out.println(MeetingJson.pretty(ShowJson.item(store, item, history)));
          out.flush();
          return ExitCode.OK;
        }
        out.println(ItemText.line(item, today));
        out.println("  from " + item.meetingSource() + ":" + item.line() + sectionOf(item));
        item.refs().forEach(ref -> out.println("  ref " + ref));
        for (ItemHistoryEntry entry : history) {
          out.printf(
              "  %s %s by %s%s%n",
              entry.at(),
              entry.change(),
              entry.actor(),
              entry.detail() == null ? "" : ": " + entry.detail());
        }
        printSideEffects(out, ItemSideEffects.of(store, item, history));
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  private static void printMeeting(
      PrintWriter out, StoredMeeting meeting, List<TrackedItem> items, LocalDate today) {
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
    items.forEach(item -> out.println("  " + ItemText.line(item, today)));
  }

  private static void printSideEffects(PrintWriter out, List<ItemSideEffects.Done> done) {
    out.println("Side effects:");
    if (done.isEmpty()) {
      out.println("  none yet");
    }
    done.forEach(d -> out.println("  " + d.at() + " " + d.what()));
  }

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
