package dev.minutes.cli;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The one extra thread a long command runs part of its work on (parsing, printing). */
final class WorkerThread {
  private WorkerThread() {}

  /**
   * A single named thread that runs tasks in the order they are given; a daemon, so a command that
   * fails before shutting it down still exits.
   */
  static ExecutorService start(String name) {
    return Executors.newSingleThreadExecutor(
        task -> {
          Thread thread = new Thread(task, name);
          thread.setDaemon(true);
          return thread;
        });
  }
}
