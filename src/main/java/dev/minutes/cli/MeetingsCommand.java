package dev.minutes.cli;

import dev.minutes.items.ItemFilter;
import dev.minutes.items.ItemStatus;
import dev.minutes.items.Store;
import dev.minutes.items.StoredMeeting;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code minutes meetings}: the stored meetings, newest first, with their open item counts. */
@Command(
    name = "meetings",
    mixinStandardHelpOptions = true,
    description = "Lists stored meetings, newest first: number, date, title, open items.")
final class MeetingsCommand extends MinutesCommand {
  @ParentCommand Main main;
  private final StoreOption storeOption = new StoreOption();

  @Option(names = "--team", paramLabel = "TEAM", description = "Only meetings of this team.")
  String team;

  @Option(names = "--format", defaultValue = "text", description = "text or json.")
  TodosCommand.Format format;

  @Override
  ExitCode run() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = storeOption.openExisting(main)) {
      KnownNames.requireTeam(store, team);
      // Counted as the open items stream past: one number per meeting is held, not the items.
      Map<Long, Long> openByMeeting = new HashMap<>();
      store.eachItem(
          new ItemFilter(Set.of(ItemStatus.OPEN), Set.of(), team, null),
          item -> openByMeeting.merge(item.meetingId(), 1L, Long::sum));
      List<StoredMeeting> meetings = store.meetings(team);
      if (format == TodosCommand.Format.json) {
        try (JsonStream json = JsonStream.array(out)) {
          for (StoredMeeting meeting : meetings) {
            json.write(
                ShowJson.meetingSummary(meeting, openByMeeting.getOrDefault(meeting.id(), 0L)));
          }
        }
        out.flush();
        return ExitCode.OK;
      }
      if (meetings.isEmpty()) {
        out.println("no meetings stored yet: minutes ingest notes/");
      }
      for (StoredMeeting meeting : meetings) {
        out.printf(
            "M%-4d %s  %s  (%d open)  %s%n",
            meeting.id(),
            meeting.date() == null ? "----------" : meeting.date(),
            meeting.title() == null ? "(untitled)" : meeting.title(),
            openByMeeting.getOrDefault(meeting.id(), 0L),
            meeting.source());
      }
    }
    out.flush();
    return ExitCode.OK;
  }
}
