package dev.minutes.cli;

import dev.minutes.config.Config;
import dev.minutes.notes.MinutesException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code minutes} command and the composition root: the one place where configuration, stores
 * and adapters are built and handed to the commands.
 */
@Command(
    name = "minutes",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Turns meeting notes into follow-up: parse, lint, store, remind.",
    subcommands = {CommandLine.HelpCommand.class})
public final class Main {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Configuration file (default: ${DEFAULT-VALUE}; missing means defaults).",
      defaultValue = "bot-config.properties")
  Path configFile;

  private final Map<String, String> environment;
  private final Clock clock;
  private Config config;

  Main(Map<String, String> environment, Clock clock) {
    this.environment = environment;
    this.clock = clock;
  }

  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), Clock.systemDefaultZone()));
  }

  /** Runs one command line and returns its exit code; never exits the JVM. */
  static int run(String[] args, Map<String, String> environment, Clock clock) {
    CommandLine commandLine = commandLine(new Main(environment, clock));
    return commandLine.execute(args);
  }

  static CommandLine commandLine(Main main) {
    CommandLine commandLine = new CommandLine(main);
    for (Object subcommand : subcommands()) {
      commandLine.addSubcommand(subcommand);
    }
    commandLine.setExecutionExceptionHandler(Main::handleUserError);
    commandLine.setParameterExceptionHandler(Main::handleUsageError);
    return commandLine;
  }

  /** Every command of the tool; each one gets what it needs from {@link Main} (the root). */
  private static List<Object> subcommands() {
    return List.of(
        new ParseCommand(),
        new LintCommand(),
        new IngestCommand(),
        new TodosCommand(),
        new DoneCommand(),
        new ReopenCommand(),
        new MeetingsCommand(),
        new ShowCommand(),
        new IssuesCommand(),
        new SyncCommand(),
        new DigestCommand(),
        new RemindCommand(),
        new SchedulerCommand(),
        new BotCommand(),
        new AutoComplete.GenerateCompletion());
  }

  /**
   * A mistyped command line: the message, picocli's "did you mean" suggestions, and the usage too
   * (picocli's default handler leaves the usage out whenever it has a suggestion).
   */
  private static int handleUsageError(CommandLine.ParameterException exception, String[] args) {
    CommandLine commandLine = exception.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println(exception.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
    commandLine.usage(err);
    err.flush();
    return ExitCode.USAGE.code();
  }

  private static int handleUserError(
      Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult)
      throws Exception {
    if (exception instanceof MinutesException userError) {
      PrintWriter err = commandLine.getErr();
      err.println("minutes: " + userError.describe());
      err.flush();
      return ExitCode.USER_ERROR.code();
    }
    throw exception;
  }

  /** The configuration, loaded once on first use. */
  Config config() {
    if (config == null) {
      boolean explicit = !configFile.equals(Path.of("bot-config.properties"));
      config = Config.load(configFile, explicit, environment);
    }
    return config;
  }

  Map<String, String> environment() {
    return environment;
  }

  Clock clock() {
    return clock;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"minutes " + (version == null ? "(development build)" : version)};
    }
  }
}
