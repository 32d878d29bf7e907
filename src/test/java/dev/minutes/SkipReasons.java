package dev.minutes;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints on the build console why tests were skipped (a failed assumption such as "PostgreSQL not
 * configured", or {@code @Disabled}), one line per test class and reason; surefire itself only
 * counts them and keeps the reason in its XML report. Registered through {@code META-INF/services}.
 */
public final class SkipReasons implements TestExecutionListener {
  /** Reasons of the running class, with how many tests each one skipped. */
  private final Map<String, Map<String, Integer>> reasonsByClass = new LinkedHashMap<>();

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    record(test, reason);
    flushIfClass(test);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      record(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
    }
    flushIfClass(test);
  }

  private void record(TestIdentifier test, String reason) {
    String className = className(test);
    if (className != null) {
      reasonsByClass
          .computeIfAbsent(className, c -> new LinkedHashMap<>())
          .merge(reason == null ? "no reason given" : reason, 1, Integer::sum);
    }
  }

  private void flushIfClass(TestIdentifier test) {
    if (test.getSource().orElse(null) instanceof ClassSource source) {
      Map<String, Integer> reasons = reasonsByClass.remove(source.getClassName());
      if (reasons != null) {
        String className = source.getClassName();
        String simpleName = className.substring(className.lastIndexOf('.') + 1);
        reasons.forEach(
            (reason, count) ->
                System.out.println(
                    "Skipped " + count + " in " + simpleName + ": " + reason.strip()));
      }
    }
  }

  private static String className(TestIdentifier test) {
    Object source = test.getSource().orElse(null);
    if (source instanceof MethodSource method) {
      return method.getClassName();
    }
    if (source instanceof ClassSource type) {
      return type.getClassName();
    }
    return null;
  }
}
