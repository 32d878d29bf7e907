package dev.minutes;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Holds back what a test writes to stderr (the log: SLF4J simple writes there) and prints it only
 * when the test fails. Tests that provoke a warning or an error on purpose keep the build console
 * quiet; a failing test still shows its whole log. Registered for every test class through {@code
 * junit-platform.properties} (extension auto-detection).
 */
public final class LogOnFailure implements BeforeEachCallback, AfterEachCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(LogOnFailure.class);

  private record Held(PrintStream console, ByteArrayOutputStream log) {}

  @Override
  public void beforeEach(ExtensionContext context) {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Held held = new Held(System.err, log);
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    context.getStore(NAMESPACE).put(Held.class, held);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Held held = context.getStore(NAMESPACE).remove(Held.class, Held.class);
    if (held == null) {
      return;
    }
    System.setErr(held.console());
    if (context.getExecutionException().isPresent() && held.log().size() > 0) {
      held.console().println("--- log of the failed test " + context.getDisplayName() + " ---");
      held.console().print(held.log().toString(StandardCharsets.UTF_8));
      held.console().flush();
    }
  }
}
