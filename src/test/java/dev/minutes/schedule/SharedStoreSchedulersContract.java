package dev.minutes.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.MutableClock;
import dev.minutes.items.Store;
import dev.minutes.store.Database;
import dev.minutes.store.JdbcStore;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two scheduler processes on one store, ticking at the same moments: each slot runs exactly once.
 * Run against SQLite and PostgreSQL by the subclasses.
 */
abstract class SharedStoreSchedulersContract {
  private final List<Store> opened = new ArrayList<>();

  /** A database for this test; each call returns a new connection to the same one. */
  abstract Database database();

  @AfterEach
  void close() {
    opened.forEach(Store::close);
  }

  @Test
  void twoSchedulersOnOneStoreRunEachSlotOnce() throws Exception {
    int replicas = 2;
    int minutes = 30;
    MutableClock clock = new MutableClock(Instant.parse("2024-03-11T07:00:30Z"));
    Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    List<Scheduler> schedulers = new ArrayList<>();
    for (int r = 0; r < replicas; r++) {
      Store store = new JdbcStore(database());
      opened.add(store);
      CronSchedule everyMinute = CronSchedule.parse("* * * * *", ZoneId.of("Europe/Bucharest"));
      schedulers.add(
          new Scheduler(
              store, clock, Duration.ofMinutes(5), List.of(new CountingJob(everyMinute, runs))));
    }
    // Every replica ticks, then the clock moves on a minute: the barrier action runs between.
    CyclicBarrier barrier = new CyclicBarrier(replicas, () -> clock.advance(Duration.ofMinutes(1)));
    ExecutorService pool = Executors.newFixedThreadPool(replicas);
    List<Future<Integer>> ranPerReplica = new ArrayList<>();
    for (Scheduler scheduler : schedulers) {
      ranPerReplica.add(
          pool.submit(
              () -> {
                int ran = 0;
                for (int minute = 0; minute < minutes; minute++) {
                  ran += scheduler.tick().size();
                  barrier.await();
                }
                return ran;
              }));
    }
    int total = 0;
    for (Future<Integer> ran : ranPerReplica) {
      total += ran.get();
    }
    pool.shutdown();

    assertThat(total).isEqualTo(minutes);
    assertThat(runs).hasSize(minutes);
    assertThat(runs.values()).allSatisfy(count -> assertThat(count).hasValue(1));
  }
}
