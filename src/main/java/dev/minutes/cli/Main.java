package dev.minutes.cli;

import dev.minutes.config.Config;
import dev.minutes.config.SecretMask;
import dev.minutes.notes.MinutesException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  /** The environment variable naming the configuration file when {@code --config} is not given. */
  static final String CONFIG_VARIABLE = "MINUTES_CONFIG";

  private static final String DEFAULT_CONFIG = "bot-config.properties";

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Configuration file (default: $MINUTES_CONFIG, else ${DEFAULT-VALUE}; a missing"
              + " default file means defaults).",
      defaultValue = DEFAULT_CONFIG)
  Path configFile;

  private final Map<String, String> environment;
  private final Clock clock;
  private Config config;

  Main(Map<String, String> environment, Clock clock) {
    this.environment = environment;
    this.clock = clock;
  }

  public static void main(String[] args) {
    Main main = new Main(System.getenv(), Clock.systemDefaultZone());
    // Everything written to the console, log lines of every library included, is masked.
    System.setErr(new MaskedConsole(System.err, main::secretMask));
    System.setOut(new MaskedConsole(System.out, main::secretMask));
    System.exit(commandLine(main).execute(args));
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
    commandLine.setParameterExceptionHandler(new UsageErrors());
    ArgumentTypes.register(commandLine);
    commandLine.setColorScheme(
        CommandLine.Help.defaultColorScheme(Style.ansi(main.environment, Style.onTerminal())));
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
        new SnoozeCommand(),
        new MeetingsCommand(),
        new ShowCommand(),
        new IssuesCommand(),
        new SyncCommand(),
        new DigestCommand(),
        new RemindCommand(),
        new SchedulerCommand(),
        new BotCommand(),
        new CompletionCommand());
  }

  /**
   * One {@code minutes:} line (and its hint) for every failure, with every secret masked. A user's
   * mistake or a failing service says what to do; anything else is a bug, reported in one line
   * whose stack trace goes to the log at debug level, never to the console by default.
   */
  private static int handleUserError(
      Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    Main main = commandLine.getCommandSpec().root().userObject() instanceof Main m ? m : null;
    SecretMask mask = main == null ? SecretMask.none() : main.secretMask();
    PrintWriter err = commandLine.getErr();
    if (exception instanceof MinutesException userError) {
      err.println(Style.of(commandLine).error("minutes:") + " " + mask.mask(userError.describe()));
      err.flush();
      return ExitCode.USER_ERROR.code();
    }
    LOG.debug("unexpected failure", exception);
    err.println(
        "minutes: unexpected internal error; please report it with the command you ran"
            + System.lineSeparator()
            + "  hint: run with -Dorg.slf4j.simpleLogger.log.dev.minutes=debug to see where");
    err.flush();
    return commandLine.getCommandSpec().exitCodeOnExecutionException();
  }

  /** Every secret the configuration can reach, or those of the environment before it is read. */
  SecretMask secretMask() {
    Config loaded = config;
    return loaded == null ? Config.secretMask(environment) : loaded.secretMask();
  }

  /**
   * The configuration, loaded once on first use: {@code --config}, else the file named by {@code
   * MINUTES_CONFIG}, else {@code bot-config.properties} (missing means defaults). A file named
   * explicitly must exist.
   */
  Config config() {
    if (config == null) {
      Path file = configFile;
      boolean explicit = !configFile.equals(Path.of(DEFAULT_CONFIG));
      String fromEnvironment = environment.get(CONFIG_VARIABLE);
      if (!explicit && fromEnvironment != null && !fromEnvironment.isBlank()) {
        file = Path.of(fromEnvironment.trim());
        explicit = true;
      }
      config = Config.load(file, explicit, environment);
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
      return new String[] {BuildInfo.load().line()};
    }
  }
}
