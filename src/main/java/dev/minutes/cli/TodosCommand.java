package dev.minutes.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.minutes.application.ListItems;
import dev.minutes.items.ItemStatus;
import dev.minutes.items.Store;
import dev.minutes.items.TrackedItem;
import dev.minutes.notes.Owner;
import dev.minutes.people.PeopleDirectory;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code minutes todos}: the action items in the store, with the numbers people type. */
@Command(
    name = "todos",
    mixinStandardHelpOptions = true,
    description = "Lists action items: number, owners, due date (and how late), meeting.")
final class TodosCommand extends MinutesCommand {
  enum Status {
    open,
    done,
    removed,
    all
  }

  enum Format {
    text,
    json
  }

  @ParentCommand Main main;
  private final StoreOption storeOption = new StoreOption();

  @Option(
      names = "--owner",
      paramLabel = "WHO",
      description = "Initials, name, alias or GitHub login (resolved via the people directory).")
  String owner;

  @Option(names = "--team", paramLabel = "TEAM", description = "Only meetings of this team.")
  String team;

  @Option(
      names = "--status",
      defaultValue = "open",
      description = "open, done, removed or all (default: ${DEFAULT-VALUE}).")
  Status status;

  @Option(names = "--overdue", description = "Only open items past their due date.")
  boolean overdue;

  @Option(names = "--format", defaultValue = "text", description = "text or json.")
  Format format;

  @Override
  ExitCode run() {
    LocalDate today = LocalDate.now(main.clock());
    PrintWriter out = spec.commandLine().getOut();
    PeopleDirectory people = main.people().load();
    // Printed as the rows are read: memory stays that of one item however large the store. A
    // misspelt --team or --owner is checked only when nothing matched (the check reads every
    // item), so it still fails, naming the known ones, before any output: the JSON array opens
    // with its first item.
    try (Store store = storeOption.openExisting(main)) {
      Style style = Style.of(spec.commandLine());
      JsonStream[] json = {null};
      long[] printed = {0};
      try {
        new ListItems(store, people)
            .each(
                statuses(),
                owner,
                team,
                overdue ? today : null,
                item -> {
                  if (format == Format.json) {
                    json[0] = json[0] == null ? JsonStream.array(out) : json[0];
                    json[0].write(json(item));
                  } else {
                    out.println(ItemText.line(item, today, style));
                  }
                  printed[0]++;
                });
        if (printed[0] == 0) {
          KnownNames.requireTeam(store, team);
          KnownNames.requireOwner(store, people, owner);
          if (format == Format.json) {
            json[0] = JsonStream.array(out);
          } else {
            out.println("no action items match");
          }
        }
      } finally {
        if (json[0] != null) {
          json[0].close();
        }
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  private Set<ItemStatus> statuses() {
    return switch (status) {
      case open -> EnumSet.of(ItemStatus.OPEN);
      case done -> EnumSet.of(ItemStatus.DONE);
      case removed -> EnumSet.of(ItemStatus.REMOVED);
      case all -> EnumSet.noneOf(ItemStatus.class);
    };
  }

  private static ObjectNode json(TrackedItem item) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("id", item.id());
    node.put("key", item.key());
    node.put("status", item.status().name().toLowerCase(java.util.Locale.ROOT));
    node.put("text", item.text());
    ArrayNode owners = node.putArray("owners");
    for (Owner o : item.owners()) {
      owners.addObject().put("token", o.token()).put("person", o.person());
    }
    node.put("due", item.due() == null ? null : item.due().toString());
    ArrayNode refs = node.putArray("refs");
    item.refs().forEach(refs::add);
    node.put("section", item.section());
    node.put("line", item.line());
    node.put("meeting", item.meetingSource());
    node.put("meetingTitle", item.meetingTitle());
    node.put("meetingDate", item.meetingDate() == null ? null : item.meetingDate().toString());
    if (item.snoozedUntil() != null) {
      node.put("snoozedUntil", item.snoozedUntil().toString());
    }
    return node;
  }
}
