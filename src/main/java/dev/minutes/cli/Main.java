package dev.minutes.cli;

import dev.minutes.config.Config;
import dev.minutes.config.ConfigException;
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
import picocli.CommandLine.Mixin;

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
  @Mixin GlobalOptions options = new GlobalOptions();

  private final Map<String, String> environment;
  private final Clock clock;
  private Config config;
  private Settings settings;
  private ConfigLocation configLocation;
  private SecretMask environmentMask;

  Main(Map<String, String> environment, Clock clock) {
    this.environment = environment;
    this.clock = clock;
  }

  public static void main(String[] args) {
    LogLevels.fromArguments(args); // before the first logger is made
    Main main = new Main(System.getenv(), Clock.systemDefaultZone());
    // Everything written to the console, log lines of every library included, is masked.
    System.setErr(new MaskedConsole(System.err, main::secretMask));
    System.setOut(new MaskedConsole(System.out, main::secretMask));
    System.exit(commandLine(main, args).execute(args));
  }

  /** Runs one command line and returns its exit code; never exits the JVM. */
  static int run(String[] args, Map<String, String> environment, Clock clock) {
    CommandLine commandLine = commandLine(new Main(environment, clock), args);
    return commandLine.execute(args);
  }

  /** The whole command tree. */
  static CommandLine commandLine(Main main) {
    return commandLine(main, Subcommands.all());
  }

  /** The tree {@code args} needs: see {@link Subcommands#neededBy}. */
  static CommandLine commandLine(Main main, String[] args) {
    return commandLine(main, Subcommands.neededBy(args));
  }

  private static CommandLine commandLine(Main main, List<Object> subcommands) {
    CommandLine commandLine = new CommandLine(main);
    for (Object subcommand : subcommands) {
      commandLine.addSubcommand(subcommand);
    }
    commandLine.setExecutionExceptionHandler(Main::handleUserError);
    commandLine.setExecutionStrategy(new PagingExecution(main));
    commandLine.setParameterExceptionHandler(new UsageErrors());
    ArgumentTypes.register(commandLine);
    commandLine.setColorScheme(
        CommandLine.Help.defaultColorScheme(Style.ansi(main.environment, Style.onTerminal())));
    return commandLine;
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
    Logger log = LoggerFactory.getLogger(Main.class);
    if (exception instanceof MinutesException userError) {
      log.debug("{}", userError.getMessage(), userError);
      err.println(Style.of(commandLine).error("minutes:") + " " + mask.mask(userError.describe()));
      err.flush();
      // A configuration Minutes cannot run with is refused before the command did anything.
      return (userError instanceof ConfigException ? ExitCode.USAGE : ExitCode.USER_ERROR).code();
    }
    log.debug("unexpected failure", exception);
    err.println(
        "minutes: unexpected internal error; please report it with the command you ran"
            + System.lineSeparator()
            + "  hint: run it again with --verbose to see where");
    err.flush();
    return commandLine.getCommandSpec().exitCodeOnExecutionException();
  }

  /** Every secret the configuration can reach, or those of the environment before it is read. */
  SecretMask secretMask() {
    Config loaded = config;
    if (loaded != null) {
      return loaded.secretMask();
    }
    if (environmentMask == null) {
      environmentMask = Config.secretMask(environment);
    }
    return environmentMask;
  }

  /** The configuration, found (see {@link ConfigLocation}) and loaded once on first use. */
  Config config() {
    if (config == null) {
      config = Config.load(configLocation().file(), configLocation().required(), environment);
    }
    return config;
  }

  /** Every key, read and validated once (see {@link MinutesCommand}), in typed parts. */
  Settings settings() {
    if (settings == null) {
      settings = Settings.read(config());
    }
    return settings;
  }

  ConfigLocation configLocation() {
    if (configLocation == null) {
      configLocation =
          ConfigLocation.find(options.configFile, environment, Path.of("").toAbsolutePath());
    }
    return configLocation;
  }

  /** {@code --store}, wherever it was given on the command line; null when not given. */
  String storeUrl() {
    return options.storeUrl;
  }

  /** The people directory's file: {@code --people}, else {@code people.file}, else the default. */
  PeopleFile people() {
    return new PeopleFile(
        options.peopleFile != null ? options.peopleFile : settings().peopleFile().orElse(null));
  }

  /** Whether a long run may show its progress line: on a terminal, and not with --quiet. */
  boolean showsProgress() {
    return Style.onTerminal() && !options.quiet;
  }

  /** {@code --no-pager}, wherever it was given on the command line. */
  boolean noPager() {
    return options.noPager;
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
