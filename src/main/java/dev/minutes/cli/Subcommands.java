package dev.minutes.cli;

import java.util.List;
import picocli.CommandLine.Command;

/**
 * The subcommands of {@code minutes}, and the few a command line needs. picocli builds its model of
 * a command by reflection when the command is added, which for all of them was a third of the
 * start-up of a short command such as {@code todos}; a command line whose first word names a
 * command therefore gets that command alone. Anything else (no command, a root option such as
 * {@code --help}, {@code help}, an unknown or misspelt word, an {@code @argument-file}, and {@code
 * generate-completion}, which describes the whole tree) gets all of them, so help, "did you mean"
 * and completion see every command.
 */
final class Subcommands {
  /** The root's options that take a value, which may come before the command's name. */
  private static final List<String> ROOT_OPTIONS_WITH_VALUE = List.of("--config", "--store");

  private Subcommands() {}

  /** Every command of the tool; each one gets what it needs from {@link Main} (the root). */
  static List<Object> all() {
    return List.of(
        new ParseCommand(),
        new LintCommand(),
        new IngestCommand(),
        new WatchCommand(),
        new TodosCommand(),
        new DoneCommand(),
        new ReopenCommand(),
        new SnoozeCommand(),
        new MeetingsCommand(),
        new ShowCommand(),
        new PeopleCommand(),
        new IssuesCommand(),
        new SyncCommand(),
        new DigestCommand(),
        new RemindCommand(),
        new SchedulerCommand(),
        new BotCommand(),
        new CompletionCommand());
  }

  /** The subcommands {@code args} can reach: the one it names, else all. */
  static List<Object> neededBy(String[] args) {
    String word = commandWord(args);
    if (word == null) {
      return all();
    }
    for (Object command : all()) {
      Command annotation = command.getClass().getAnnotation(Command.class);
      if (annotation.name().equals(word) && !(command instanceof CompletionCommand)) {
        return List.of(command);
      }
    }
    return all();
  }

  /** The first word that is not a root option or its value; null when there is none to trust. */
  private static String commandWord(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (ROOT_OPTIONS_WITH_VALUE.contains(arg)) {
        i++;
      } else if (arg.startsWith("@")) {
        return null;
      } else if (!arg.startsWith("-")) {
        return arg;
      } else if (ROOT_OPTIONS_WITH_VALUE.stream().noneMatch(o -> arg.startsWith(o + "="))) {
        return null;
      }
    }
    return null;
  }
}
