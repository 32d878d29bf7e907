package dev.minutes.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code minutes issues}: GitHub issues for action items. */
@Command(
    name = "issues",
    mixinStandardHelpOptions = true,
    description = "GitHub issues for action items (see github.* in bot-config.properties).",
    subcommands = {IssuesOpenCommand.class})
final class IssuesCommand {
  @ParentCommand Main main;
}
