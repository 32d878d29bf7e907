package dev.minutes.cli;

import dev.minutes.application.AnnounceMeetings;
import dev.minutes.application.IngestNotes;
import dev.minutes.ingest.Adoption;
import dev.minutes.ingest.FileStamps;
import dev.minutes.ingest.IngestReport;
import dev.minutes.ingest.Ingester;
import dev.minutes.items.IngestOutcome;
import dev.minutes.items.Store;
import dev.minutes.items.WriteBatch;
import dev.minutes.notes.Diagnostic;
import dev.minutes.notesrepo.NotesRoot;
import dev.minutes.notesrepo.Rekeying;
import dev.minutes.parse.NotesFiles;
import dev.minutes.people.PeopleDirectory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code minutes ingest}: parses notes and brings the store up to date with them. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Parses notes files and records meetings and action items in the store.",
      "Each file is written atomically; a file with errors writes nothing and the others still"
          + " go in. Unchanged files are skipped. Exits 1 when a file could not be ingested."
    })
final class IngestCommand extends MinutesCommand {
  /** From this many files on, an ingest shows a progress line on a terminal. */
  static final int ARCHIVE = 20;

  /**
   * Files written per commit: each file is still all-or-nothing (a savepoint), but a commit (and
   * its sync to disk) every file made a first ingest of a large archive mostly waiting on disk.
   */
  private static final int FILES_PER_COMMIT = 200;

  @ParentCommand Main main;
  private final StoreOption storeOption = new StoreOption();

  @Option(names = "--dry-run", description = "Show what would change; write nothing.")
  boolean dryRun;

  @Option(
      names = "--backfill",
      description =
          "Import every new meeting of this run as history: stored and listed, but no issues,"
              + " announcements or reminders.")
  boolean backfill;

  @Option(
      names = "--yes",
      description =
          "Open more than github.max-per-run issues and post more than "
              + AnnounceMeetings.MAX_AT_ONCE
              + " announcements in this run.")
  boolean yes;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Notes files or directories.")
  List<Path> paths;

  @Override
  ExitCode run() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Totals totals = new Totals();
    boolean failed;
    GitHubWiring github = new GitHubWiring(main.settings());
    DiscordWiring discord = new DiscordWiring(main.settings());
    PeopleDirectory people = main.people().load();
    String peopleFingerprint = main.people().fingerprint();
    try (Store store = storeOption.open(main)) {
      Ingester ingester =
          IngestSettings.ingester(main.settings(), people, peopleFingerprint, store, main.clock());
      IngestNotes ingest =
          new IngestNotes(
              ingester,
              github.openIssues(
                  store, github.tracker(), people, main.clock(), err, main.showsProgress()),
              github.syncIssues(store, github.tracker(), people, main.clock()),
              store);
      long runStart = ingest.runStart();
      NotesRoot root = main.settings().notes().notesRoot();
      Adoption adoption =
          Adoption.of(
              main.settings().notes().since(),
              store.firstIngest(),
              main.clock().instant(),
              backfill);
      if (!dryRun) {
        new Rekeying(store, root, main.settings().notes().root())
            .run()
            .lines()
            .forEach(out::println);
      }
      List<NotesFiles.Found> files = NotesFiles.find(paths);
      ProgressLine progress =
          new ProgressLine(err, main.clock(), "files", main.showsProgress(), ARCHIVE);
      progress.start(files.size());
      FileStamps stamps =
          FileStamps.of(store, IngestSettings.readingContext(main.settings(), peopleFingerprint));
      try (WriteBatch batch = dryRun ? null : store.writeBatch(FILES_PER_COMMIT);
          IngestTurns turns = new IngestTurns(ingester, stamps, root, dryRun, adoption, files)) {
        for (IngestTurns.Turn turn = turns.next(); turn != null; turn = turns.next()) {
          take(turn, totals, progress, out, err);
        }
      }
      progress.finish();
      out.println((dryRun ? "dry run, nothing written: " : "") + totals);
      totals.history.print(adoption, out);
      failed = totals.failed > 0;
      if (!dryRun) {
        failed |=
            IssueResultPrinter.printFollowUp(
                ingest.followUp(runStart, yes ? Integer.MAX_VALUE : github.maxPerRun()), out, err);
        // After the issues, so the announcement links to them.
        discord.announce(store, people, main.clock(), totals.newMeetingIds, yes, out);
      }
    }
    out.flush();
    err.flush();
    return ExitCode.of(failed);
  }

  /** One file's turn: its report printed and counted, or the file named as unreadable. */
  private static void take(
      IngestTurns.Turn turn,
      Totals totals,
      ProgressLine progress,
      PrintWriter out,
      PrintWriter err) {
    IngestReport report;
    try {
      report = turn.report();
    } catch (IOException e) {
      progress.clear();
      err.println("minutes: " + turn.file + ": cannot read: " + e.getMessage());
      totals.unreadable();
      return;
    }
    progress.clear();
    print(report, turn.file.toString(), out, err);
    totals.add(report);
    progress.step();
  }

  /** Names the file as the user typed it; the store knows it by its path in the repository. */
  static void print(IngestReport report, String file, PrintWriter out, PrintWriter err) {
    if (report.notMeetingNotes()) {
      out.println(
          file + ": skipped, not meeting notes (no front matter, no date," + " nothing extracted)");
      return;
    }
    if (report.failed()) {
      err.println(file + ": not ingested, the file has errors:");
      report.warnings().stream()
          .filter(d -> d.severity() == Diagnostic.Severity.ERROR)
          .forEach(
              d -> err.println("  line " + d.line() + ": " + d.message() + " [" + d.code() + "]"));
      return;
    }
    IngestOutcome outcome = report.outcome();
    if (outcome.unchanged()) {
      return;
    }
    out.printf(
        "%s: %s%s — %d new, %d changed, %d removed, %d unchanged%s%n",
        file,
        outcome.newMeeting() ? "new meeting " : "",
        report.title() == null ? "(untitled)" : "\"" + report.title() + "\"",
        outcome.added().size(),
        outcome.changed().size(),
        outcome.removed().size(),
        outcome.kept(),
        report.warnings().isEmpty()
            ? ""
            : " (" + report.warnings().size() + " warnings: minutes lint)");
  }

  /** Counts across files for the closing line, and the meetings the run created. */
  private static final class Totals {
    final List<Long> newMeetingIds = new ArrayList<>();
    final HistorySummary history = new HistorySummary();
    int files;
    int skipped;
    int failed;
    int notNotes;
    int newMeetings;
    int added;
    int changed;
    int removed;

    /** A file that could not be read counts as failed, like one with errors. */
    void unreadable() {
      files++;
      failed++;
    }

    void add(IngestReport report) {
      files++;
      history.add(report);
      if (report.notMeetingNotes()) {
        notNotes++;
        return;
      }
      if (report.failed()) {
        failed++;
        return;
      }
      IngestOutcome outcome = report.outcome();
      if (outcome.unchanged()) {
        skipped++;
      }
      if (outcome.newMeeting()) {
        newMeetings++;
        newMeetingIds.add(outcome.meetingId());
      }
      added += outcome.added().size();
      changed += outcome.changed().size();
      removed += outcome.removed().size();
    }

    @Override
    public String toString() {
      return String.format(
          "%d files: %d new meetings, %d new items, %d changed, %d removed; %d unchanged files"
              + " skipped, %d not meeting notes, %d failed",
          files, newMeetings, added, changed, removed, skipped, notNotes, failed);
    }
  }
}
