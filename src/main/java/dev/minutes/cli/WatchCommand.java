package dev.minutes.cli;

import dev.minutes.application.IngestNotes;
import dev.minutes.ingest.Ingester;
import dev.minutes.items.Store;
import dev.minutes.notesrepo.RepositoryFollower;
import dev.minutes.people.PeopleDirectory;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code minutes watch}: follows the notes repository and ingests what is pushed to it. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Follows notes.repo (branch notes.branch) in a clone under notes.root: every notes.poll it"
          + " pulls, ingests the notes files that changed (a renamed file stays the same"
          + " meeting), opens issues and announces new meetings as `minutes ingest` does.",
      "Without Discord; `minutes bot` does the same while connected. Stops on Ctrl-C."
    })
final class WatchCommand extends MinutesCommand {
  @ParentCommand Main main;
  private final StoreOption storeOption = new StoreOption();

  @Option(names = "--once", description = "Pull and ingest once, then exit.")
  boolean once;

  @Option(
      names = "--yes",
      description =
          "Open more than github.max-per-run issues and post more than a few announcements.")
  boolean yes;

  @Override
  ExitCode run() throws InterruptedException {
    NotesRepoSettings settings = main.settings().notes().requireRepository();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PeopleDirectory people = main.people().load();
    GitHubWiring github = new GitHubWiring(main.settings());
    DiscordWiring discord = new DiscordWiring(main.settings());
    boolean failed = false;
    try (Store store = storeOption.open(main);
        RepositoryFollower follower = settings.follower()) {
      Ingester ingester =
          IngestSettings.ingester(
              main.settings(), people, main.people().fingerprint(), store, main.clock());
      NotesFollowing following =
          new NotesFollowing(
              follower, ingester, store, main.settings().notes().since(), main.clock());
      out.println(
          "watch: following "
              + settings.url()
              + " ("
              + settings.branch()
              + ") in "
              + settings.folder()
              + (once ? "" : ", every " + settings.poll()));
      out.flush();
      do {
        IngestNotes ingest = github.ingestNotes(ingester, store, people, main.clock());
        long runStart = ingest.runStart();
        NotesFollowing.Round round = following.once(out, err);
        failed = round.failed();
        if (round.changed()) {
          failed |=
              IssueResultPrinter.printFollowUp(
                  ingest.followUp(runStart, yes ? Integer.MAX_VALUE : github.maxPerRun()),
                  out,
                  err);
          discord.announce(store, people, main.clock(), round.newMeetings(), yes, out);
        }
        out.flush();
        err.flush();
        if (!once) {
          Thread.sleep(settings.poll().toMillis());
        }
      } while (!once);
    }
    return ExitCode.of(failed);
  }
}
