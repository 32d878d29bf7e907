package dev.minutes.cli;

import dev.minutes.application.SyncIssues;
import dev.minutes.items.Store;
import dev.minutes.notes.MinutesException;
import dev.minutes.tracker.IssueSync;
import dev.minutes.tracker.IssueTracker;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code minutes sync}: follows linked GitHub issues and pull requests. */
@Command(
    name = "sync",
    mixinStandardHelpOptions = true,
    description = {
      "Follows the GitHub issues and pull requests linked to action items: closed or merged"
          + " marks the item done, reopened opens it again. Reads only what changed since the"
          + " last sync."
    })
final class SyncCommand extends MinutesCommand {
  @ParentCommand Main main;
  private final StoreOption storeOption = new StoreOption();

  @Override
  ExitCode run() {
    PrintWriter out = spec.commandLine().getOut();
    GitHubWiring github = new GitHubWiring(main.settings());
    IssueTracker tracker = github.tracker();
    if (tracker.dryRunReason().isPresent()) {
      throw new MinutesException(
          "GITHUB_TOKEN",
          "sync needs to read GitHub, and no token is set",
          "export GITHUB_TOKEN (or set github.token-file); see README, GitHub");
    }
    try (Store store = storeOption.open(main)) {
      SyncIssues.Synced synced =
          github.syncIssues(store, tracker, main.people().load(), main.clock()).sync();
      synced.followed().lines().forEach(out::println);
      IssueSync.Report report = synced.read();
      out.printf(
          "GitHub sync: %d repositories read, %d linked issues changed: %d items done, %d"
              + " reopened%n",
          report.repositories(),
          report.changedOnGitHub(),
          report.itemsDone(),
          report.itemsReopened());
    }
    out.flush();
    return ExitCode.OK;
  }
}
