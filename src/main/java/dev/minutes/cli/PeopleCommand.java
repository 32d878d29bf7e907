package dev.minutes.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code minutes people}: the people directory. */
@Command(
    name = "people",
    mixinStandardHelpOptions = true,
    description = "The people directory (people.yaml).",
    subcommands = {PeopleSuggestCommand.class})
final class PeopleCommand {
  @ParentCommand Main main;
}
