package dev.minutes.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * Colour on a terminal, through picocli's ANSI support: on when the output is a terminal, off when
 * it is piped or redirected, with {@code NO_COLOR} set (no-color.org) or with {@code TERM=dumb}.
 * The same decision colours picocli's help and Minutes' own messages. Text is wrapped in escape
 * codes as it is, never parsed as markup, so text from notes cannot inject styles.
 */
final class Style {
  /** No colour: for output that is not a terminal's. */
  static final Style PLAIN = new Style(false);

  private final boolean enabled;

  private Style(boolean enabled) {
    this.enabled = enabled;
  }

  /** Whether to colour: {@code terminal} is whether the output is a terminal. */
  static Ansi ansi(Map<String, String> environment, boolean terminal) {
    String noColor = environment.get("NO_COLOR");
    if (noColor != null && !noColor.isEmpty()) {
      return Ansi.OFF;
    }
    if ("dumb".equals(environment.get("TERM"))) {
      return Ansi.OFF;
    }
    return terminal ? Ansi.ON : Ansi.OFF;
  }

  /** Whether this process writes to a terminal (stdin and stdout both are, for the JVM). */
  static boolean onTerminal() {
    return System.console() != null;
  }

  /** The style of a command line, as set up by {@link Main#commandLine}. */
  static Style of(CommandLine commandLine) {
    return new Style(commandLine.getColorScheme().ansi().enabled());
  }

  /** An error: bold red. */
  String error(String text) {
    return paint(text, Ansi.Style.bold, Ansi.Style.fg_red);
  }

  /** Something late or failed within normal output: red. */
  String bad(String text) {
    return paint(text, Ansi.Style.fg_red);
  }

  /** Something done or succeeded: green. */
  String good(String text) {
    return paint(text, Ansi.Style.fg_green);
  }

  private String paint(String text, Ansi.Style... styles) {
    return enabled ? Ansi.Style.on(styles) + text + Ansi.Style.off(styles) : text;
  }
}
