package dev.minutes.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistyped command line, answered the way {@code git} and {@code gh} do: what is wrong, a "did
 * you mean" when a command or option is close, and where to read more — at most three lines on
 * stderr, exit code 2, never the whole usage.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException exception, String[] args) {
    CommandLine commandLine = exception.getCommandLine();
    CommandSpec command = commandLine.getCommandSpec();
    Style style = Style.of(commandLine);
    PrintWriter err = commandLine.getErr();
    err.println(style.error(command.qualifiedName() + ": " + message(exception)));
    List<String> suggestions = suggestions(exception);
    if (!suggestions.isEmpty()) {
      err.println("did you mean " + suggestions.stream().collect(Collectors.joining(" or ")) + "?");
    }
    err.println("see '" + command.qualifiedName() + " --help'");
    err.flush();
    return ExitCode.USAGE.code();
  }

  private static String message(ParameterException exception) {
    if (exception instanceof UnmatchedArgumentException unmatched
        && !unmatched.getUnmatched().isEmpty()) {
      String word = unmatched.getUnmatched().get(0);
      CommandSpec command = unmatched.getCommandLine().getCommandSpec();
      if (unmatched.isUnknownOption()) {
        return "unknown option '" + word + "'";
      }
      if (!command.subcommands().isEmpty() && command.positionalParameters().isEmpty()) {
        return "'" + word + "' is not a " + command.qualifiedName() + " command";
      }
      return "unexpected argument '" + word + "'";
    }
    String message = exception.getMessage();
    return message == null ? "invalid command line" : message.lines().findFirst().orElse("");
  }

  /**
   * Close commands ({@code 'minutes ingest'}) or options ({@code '--owner'}), quoted: those of
   * picocli's candidates that are really close to the word typed.
   */
  private static List<String> suggestions(ParameterException exception) {
    if (!(exception instanceof UnmatchedArgumentException unmatched)
        || unmatched.getUnmatched().isEmpty()) {
      return List.of();
    }
    CommandSpec command = unmatched.getCommandLine().getCommandSpec();
    String prefix = unmatched.isUnknownOption() ? "" : command.qualifiedName() + " ";
    return CloseNames.to(unmatched.getUnmatched().get(0), unmatched.getSuggestions()).stream()
        .map(suggestion -> "'" + prefix + suggestion + "'")
        .toList();
  }
}
