package dev.minutes.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.tracker.IssueOpener;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunProgressTest {
  /** What a progress line is told, in order: "start 7", "step", "finish". */
  private static final class Recorded implements IssueOpener.Progress {
    final List<String> calls = new ArrayList<>();

    @Override
    public void start(int total) {
      calls.add("start " + total);
    }

    @Override
    public void step() {
      calls.add("step");
    }

    @Override
    public void finish() {
      calls.add("finish");
    }

    long count(String call) {
      return calls.stream().filter(c -> c.startsWith(call)).count();
    }
  }

  @Test
  void pagesOfOneRunMakeOneLineThatCountsToItsTotal() {
    Recorded line = new Recorded();
    RunProgress run = new RunProgress(line, 7);

    // Page 1: 3 items due, the opener opens 2 (one had an issue already).
    run.page(3);
    run.start(2);
    run.step();
    run.step();
    run.finish();
    // Page 2: 2 items due, both linked already: the opener opens none and reports nothing.
    run.page(2);
    // Page 3: 2 items due, both opened.
    run.page(2);
    run.start(2);
    run.step();
    run.step();
    run.finish();
    run.close();

    assertThat(line.calls).startsWith("start 7").endsWith("finish");
    assertThat(line.count("start")).isEqualTo(1);
    assertThat(line.count("finish")).isEqualTo(1);
    assertThat(line.count("step")).isEqualTo(7);
  }
}
