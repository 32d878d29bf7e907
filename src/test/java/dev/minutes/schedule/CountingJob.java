package dev.minutes.schedule;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A job that counts its runs per slot; several may share one count, as replicas would. */
final class CountingJob implements Job {
  final Map<String, AtomicInteger> runs;
  final List<Slot> slots = new CopyOnWriteArrayList<>();
  private final CronSchedule schedule;
  private final AtomicInteger failuresLeft = new AtomicInteger();

  CountingJob(CronSchedule schedule) {
    this(schedule, new ConcurrentHashMap<>());
  }

  CountingJob(CronSchedule schedule, Map<String, AtomicInteger> sharedRuns) {
    this.schedule = schedule;
    this.runs = sharedRuns;
  }

  CountingJob failingFirst(int times) {
    failuresLeft.set(times);
    return this;
  }

  @Override
  public String name() {
    return "count";
  }

  @Override
  public CronSchedule schedule() {
    return schedule;
  }

  @Override
  public String run(Slot slot) {
    if (failuresLeft.getAndDecrement() > 0) {
      throw new IllegalStateException("chat unavailable");
    }
    slots.add(slot);
    runs.computeIfAbsent(slot.local().toString(), s -> new AtomicInteger()).incrementAndGet();
    return "counted";
  }
}
