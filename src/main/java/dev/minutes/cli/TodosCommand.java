package dev.minutes.cli;

import dev.minutes.application.ListItems;
import dev.minutes.items.ItemListing;
import dev.minutes.items.ItemStatus;
import dev.minutes.items.ListingCount;
import dev.minutes.items.Store;
import dev.minutes.people.PeopleDirectory;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;
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

  enum Sort {
    number,
    due,
    owner,
    age
  }

  enum GroupBy {
    owner,
    meeting
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

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "At most N items, then a line saying how many more matched.")
  Integer limit;

  @Option(
      names = "--sort",
      defaultValue = "number",
      description =
          "number, due (soonest first), owner or age (oldest first); default ${DEFAULT-VALUE}.")
  Sort sort;

  @Option(
      names = "--group-by",
      paramLabel = "KEY",
      description = "owner or meeting: a heading per owner (newest meeting first for meeting).")
  GroupBy groupBy;

  @Override
  ExitCode run() {
    LocalDate today = LocalDate.now(main.clock());
    // Not flushed at every line as the console's writer is: 57,000 lines of a large store cost a
    // flush each. Flushed before anything goes to stderr and at the end, whatever happens.
    PrintWriter out = new PrintWriter(spec.commandLine().getOut(), false);
    ItemListing listing = listing();
    PeopleDirectory people = main.people().load();
    // Printed as the rows are read, in the store's order: memory stays that of one item however
    // large the store. A misspelt --team or --owner is checked only when nothing matched (the check
    // reads every item), so it still fails, naming the known ones, before any output: the JSON
    // array opens with its first item.
    try (Store store = storeOption.openExisting(main);
        TodoListing printer =
            new TodoListing(
                out,
                format == Format.json,
                listing.grouping(),
                people,
                today,
                Style.of(spec.commandLine()))) {
      ListItems items = new ListItems(store, people);
      LocalDate overdueOn = overdue ? today : null;
      ListingCount count =
          format == Format.json
              ? PrintingThread.overlap(
                  printer::item,
                  row -> items.each(statuses(), owner, team, overdueOn, listing, row))
              : PrintingThread.overlap(
                  printer, row -> items.eachLine(statuses(), owner, team, overdueOn, listing, row));
      if (count.listed() == 0) {
        KnownNames.requireTeam(store, team);
        KnownNames.requireOwner(store, people, owner);
        printer.nothing();
      }
      out.flush();
      printer.more(count, listing.limit(), spec.commandLine().getErr());
    } finally {
      out.flush();
    }
    return ExitCode.OK;
  }

  private ItemListing listing() {
    if (limit != null && limit < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--limit must be at least 1, not " + limit);
    }
    ItemListing.Grouping grouping =
        groupBy == null
            ? ItemListing.Grouping.NONE
            : ItemListing.Grouping.valueOf(groupBy.name().toUpperCase(Locale.ROOT));
    return new ItemListing(
        ItemListing.Order.valueOf(sort.name().toUpperCase(Locale.ROOT)),
        grouping,
        limit == null ? 0 : limit);
  }

  private Set<ItemStatus> statuses() {
    return switch (status) {
      case open -> EnumSet.of(ItemStatus.OPEN);
      case done -> EnumSet.of(ItemStatus.DONE);
      case removed -> EnumSet.of(ItemStatus.REMOVED);
      case all -> EnumSet.noneOf(ItemStatus.class);
    };
  }
}
