package dev.minutes.cli;

import java.io.PrintWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.AutoComplete;
import picocli.CommandLine.Command;

/**
 * {@code minutes generate-completion}: picocli's bash/zsh completion script, registered for both
 * {@code minutes} (on the PATH) and {@code ./minutes} (the launcher in a clone, as the README runs
 * it). picocli registers the script's name only.
 */
@Command(
    name = "generate-completion",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a bash/zsh completion script for both `minutes` and `./minutes`.",
      "Load it into the current shell with: source <(./minutes generate-completion)"
    })
final class CompletionCommand extends MinutesCommand {
  static final String LAUNCHER = "./minutes";
  private static final Pattern REGISTRATION =
      Pattern.compile("^complete -F \\S+ .*$", Pattern.MULTILINE);

  @Override
  ExitCode run() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(script(AutoComplete.bash("minutes", spec.root().commandLine())));
    out.flush();
    return ExitCode.OK;
  }

  /** The script does not depend on any configuration, so a broken one does not stop it. */
  @Override
  boolean readsConfiguration() {
    return false;
  }

  /** picocli's script with {@code ./minutes} added to its {@code complete} registration. */
  static String script(String picocliScript) {
    Matcher registration = REGISTRATION.matcher(picocliScript);
    if (!registration.find()) {
      throw new IllegalStateException("picocli's completion script has no 'complete -F' line");
    }
    return picocliScript.substring(0, registration.end())
        + " "
        + LAUNCHER
        + picocliScript.substring(registration.end());
  }
}
