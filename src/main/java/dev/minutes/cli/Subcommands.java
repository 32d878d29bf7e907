package dev.minutes.cli;

import java.util.List;

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
  private Subcommands() {}

  /** Every command's name, in the order help lists them. */
  static final List<String> NAMES =
      List.of(
          "parse",
          "lint",
          "ingest",
          "watch",
          "todos",
          "done",
          "reopen",
          "snooze",
          "meetings",
          "show",
          "people",
          "issues",
          "sync",
          "digest",
          "remind",
          "scheduler",
          "bot",
          "generate-completion");

  /** Every command of the tool; each one gets what it needs from {@link Main} (the root). */
  static List<Object> all() {
    return NAMES.stream().map(Subcommands::named).toList();
  }

  /** The subcommands {@code args} can reach: the one it names, else all. */
  static List<Object> neededBy(String[] args) {
    String word = commandWord(args);
    if (word == null || !NAMES.contains(word) || word.equals("generate-completion")) {
      return all();
    }
    return List.of(named(word));
  }

  /** The command of that name (one of {@link #NAMES}); a name without a command is a bug. */
  static Object named(String name) {
    return switch (name) {
      case "parse" -> new ParseCommand();
      case "lint" -> new LintCommand();
      case "ingest" -> new IngestCommand();
      case "watch" -> new WatchCommand();
      case "todos" -> new TodosCommand();
      case "done" -> new DoneCommand();
      case "reopen" -> new ReopenCommand();
      case "snooze" -> new SnoozeCommand();
      case "meetings" -> new MeetingsCommand();
      case "show" -> new ShowCommand();
      case "people" -> new PeopleCommand();
      case "issues" -> new IssuesCommand();
      case "sync" -> new SyncCommand();
      case "digest" -> new DigestCommand();
      case "remind" -> new RemindCommand();
      case "scheduler" -> new SchedulerCommand();
      case "bot" -> new BotCommand();
      case "generate-completion" -> new CompletionCommand();
      default -> throw new IllegalArgumentException("no command named " + name);
    };
  }

  /** The first word that is not a root option or its value; null when there is none to trust. */
  private static String commandWord(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (GlobalOptions.WITH_VALUE.contains(arg)) {
        i++;
      } else if (GlobalOptions.FLAGS.contains(arg)) {
        continue;
      } else if (arg.startsWith("@")) {
        return null;
      } else if (!arg.startsWith("-")) {
        return arg;
      } else if (GlobalOptions.WITH_VALUE.stream().noneMatch(o -> arg.startsWith(o + "="))) {
        return null;
      }
    }
    return null;
  }
}
