package dev.minutes.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minutes.MutableClock;
import dev.minutes.store.Database;
import dev.minutes.store.JdbcStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run-once protocol on a real SQLite store, each "process" its own connection. */
class RunOnceTest {
  static final Duration LEASE = Duration.ofMinutes(10);

  @TempDir Path folder;
  final MutableClock clock = new MutableClock(Instant.parse("2024-03-11T07:00:00Z"));
  final List<Store> opened = new ArrayList<>();

  /** A process of its own on the same store file. */
  RunOnce process() {
    Store store = new JdbcStore(Database.open("jdbc:sqlite:" + folder.resolve("m.db"), Map.of()));
    opened.add(store);
    return new RunOnce(store, clock, LEASE);
  }

  @AfterEach
  void close() {
    opened.forEach(Store::close);
  }

  @Test
  void aKeyIsClaimedByExactlyOneOfTwoProcesses() {
    RunOnce first = process();
    RunOnce second = process();

    assertThat(first.claim("k").state()).isEqualTo(RunOnce.State.CLAIMED);
    assertThat(second.claim("k").state()).isEqualTo(RunOnce.State.BUSY);
  }

  @Test
  void aDoneEffectIsNeverDoneAgainAndSaysWhatItProduced() {
    RunOnce first = process();
    assertThat(first.run("k", () -> "https://example.org/1")).isTrue();

    clock.advance(LEASE.multipliedBy(3));
    RunOnce.Claim again = process().claim("k");

    assertThat(again.state()).isEqualTo(RunOnce.State.DONE);
    assertThat(again.externalRef()).isEqualTo("https://example.org/1");
  }

  @Test
  void aLiveClaimIsNotTakenOverBeforeItsLeaseExpires() {
    process().claim("k");

    clock.advance(LEASE.minusSeconds(1));

    assertThat(process().claim("k").state()).isEqualTo(RunOnce.State.BUSY);
    assertThat(process().pending("k")).isFalse();
  }

  @Test
  void aClaimWhoseProcessDiedIsTakenOverByExactlyOneCallerOnceTheLeaseExpired() {
    process().claim("k"); // and the process dies before it completes

    clock.advance(LEASE.plusSeconds(1));
    RunOnce second = process();
    RunOnce third = process();

    assertThat(second.pending("k")).isTrue();
    assertThat(second.claim("k").state()).isEqualTo(RunOnce.State.CLAIMED);
    assertThat(third.claim("k").state()).isEqualTo(RunOnce.State.BUSY);
  }

  @Test
  void anEffectThatFailedIsReleasedSoTheNextRunDoesIt() {
    RunOnce runOnce = process();
    AtomicInteger done = new AtomicInteger();

    assertThatThrownBy(
            () ->
                runOnce.run(
                    "k",
                    () -> {
                      throw new IllegalStateException("chat down");
                    }))
        .hasMessage("chat down");
    assertThat(runOnce.pending("k")).isTrue();
    assertThat(runOnce.run("k", () -> String.valueOf(done.incrementAndGet()))).isTrue();
    assertThat(runOnce.run("k", () -> String.valueOf(done.incrementAndGet()))).isFalse();

    assertThat(done).hasValue(1);
  }
}
