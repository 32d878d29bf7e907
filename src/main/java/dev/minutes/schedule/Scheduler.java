package dev.minutes.schedule;

import dev.minutes.items.RunOnce;
import dev.minutes.items.Store;
import dev.minutes.notes.MinutesException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each job's latest due slot once, through {@link RunOnce} under job + slot: a restart, a
 * second tick or a second process sharing the store never repeats it, and a run whose process died
 * after claiming it is taken over once its lease expired. A slot missed while nothing was running
 * is caught up when it is at most {@code catchUp} old, and skipped with a log line when older.
 */
public final class Scheduler {
  private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);

  private final RunOnce runOnce;
  private final Clock clock;
  private final Duration catchUp;
  private final List<Job> jobs;
  private final Set<String> reportedSkips = new HashSet<>();

  public Scheduler(Store store, Clock clock, Duration catchUp, List<Job> jobs) {
    this.runOnce = new RunOnce(store, clock);
    this.clock = clock;
    this.catchUp = catchUp;
    this.jobs = List.copyOf(jobs);
  }

  /** Runs what is due now; returns the keys of the runs this call did. */
  public List<String> tick() {
    Instant now = clock.instant();
    List<String> ran = new ArrayList<>();
    for (Due due : due(now)) {
      if (runClaimed(due.job, due.slot, due.key)) {
        ran.add(due.key);
      }
    }
    return ran;
  }

  /**
   * A dry run (no chat token): runs what is due now without claiming or recording anything, so a
   * later real run still does it. Returns each run's key and account.
   */
  public List<String> preview() {
    List<String> ran = new ArrayList<>();
    for (Due due : due(clock.instant())) {
      ran.add(due.key + " (dry run, not recorded): " + due.job.run(due.slot));
    }
    return ran;
  }

  private record Due(Job job, Slot slot, String key) {}

  /** Each job's latest slot that has not run yet and is within the catch-up window. */
  private List<Due> due(Instant now) {
    List<Due> due = new ArrayList<>();
    for (Job job : jobs) {
      Optional<Slot> latest = job.schedule().latestAtOrBefore(now);
      if (latest.isEmpty()) {
        continue;
      }
      Slot slot = latest.get();
      String key = key(job, slot);
      if (!runOnce.pending(key)) {
        continue; // done, or running in a live process
      }
      Duration late = Duration.between(slot.at(), now);
      if (late.compareTo(catchUp) > 0) {
        if (reportedSkips.add(key)) {
          LOG.warn(
              "skipping {}: the slot was {} ago, longer than schedule.catch-up {}",
              key,
              late.withNanos(0),
              catchUp);
        }
        continue;
      }
      due.add(new Due(job, slot, key));
    }
    return due;
  }

  public static String key(Job job, Slot slot) {
    return job.name() + "@" + slot.local();
  }

  private boolean runClaimed(Job job, Slot slot, String key) {
    try {
      return runOnce.run(
          key,
          () -> {
            String account = job.run(slot);
            LOG.info("{}: {}", key, account);
            return account;
          });
    } catch (RuntimeException e) {
      // Released so that the next tick tries again while the slot is within the catch-up window;
      // one failing job must not stop the others.
      if (e instanceof MinutesException known) {
        // A service or setting failed: its message says what to do; a trace would only hide it.
        LOG.error("{} failed; will retry on the next tick: {}", key, oneLine(known.describe()));
      } else {
        LOG.error("{} failed; will retry on the next tick", key, e);
      }
      return false;
    }
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ");
  }
}
