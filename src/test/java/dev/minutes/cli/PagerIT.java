package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A long listing goes through the pager on a terminal, as git's does, and never otherwise. The
 * "pager" is {@code sed}, which marks each line it passes, so the test sees whether it ran. The
 * pseudo-terminal of {@code script} has no size: {@code LINES} gives the screen's height.
 */
class PagerIT {
  private static final String PAGER = "sed s/^/PAGED:/";
  private static final String[] LONG_LISTING = {"parse", "--format", "json", "notes"};

  private final Map<String, String> environment = new HashMap<>();

  @BeforeEach
  void aTenLineScreenAndAMarkingPager() {
    assumeTrue(ChildMinutes.terminalAvailable(), "util-linux script not installed: no terminal");
    environment.put("LINES", "10");
    environment.put("MINUTES_PAGER", PAGER);
  }

  @Test
  void aListingLongerThanTheScreenGoesThroughThePager() throws Exception {
    String output = ChildMinutes.onTerminal(environment, LONG_LISTING);

    assertThat(output).startsWith("PAGED:[ {").contains("PAGED:  \"source\" : \"notes/");
    assertThat(output.lines().filter(line -> !line.startsWith("PAGED:"))).isEmpty();
  }

  @Test
  void pagerFallsBackToPagerWhenMinutesPagerIsUnset() throws Exception {
    environment.remove("MINUTES_PAGER");
    environment.put("PAGER", "sed s/^/VIA-PAGER:/");

    assertThat(ChildMinutes.onTerminal(environment, LONG_LISTING)).startsWith("VIA-PAGER:[ {");
  }

  @Test
  void aListingThatFitsTheScreenIsPrintedAsItIs() throws Exception {
    environment.put("LINES", "10000");

    assertThat(ChildMinutes.onTerminal(environment, LONG_LISTING))
        .startsWith("[ {")
        .doesNotContain("PAGED:");
  }

  @Test
  void noPagerAnywhereOnTheCommandLineTurnsItOff() throws Exception {
    assertThat(
            ChildMinutes.onTerminal(
                environment, "parse", "--no-pager", "--format", "json", "notes"))
        .startsWith("[ {")
        .doesNotContain("PAGED:");
    assertThat(
            ChildMinutes.onTerminal(
                environment, "--no-pager", "parse", "--format", "json", "notes"))
        .doesNotContain("PAGED:");
  }

  @Test
  void catOrAnEmptyPagerMeansNoPager() throws Exception {
    for (String none : new String[] {"cat", ""}) {
      environment.put("MINUTES_PAGER", none);

      assertThat(ChildMinutes.onTerminal(environment, LONG_LISTING))
          .as("MINUTES_PAGER='%s'", none)
          .startsWith("[ {")
          .doesNotContain("PAGED:");
    }
  }

  @Test
  void aPagerThatIsNotInstalledFallsBackToPlainOutput() throws Exception {
    environment.put("MINUTES_PAGER", "no-such-pager-program -R");

    String output = ChildMinutes.onTerminal(environment, LONG_LISTING);

    assertThat(output).startsWith("[ {").contains("\"source\" : \"notes/").endsWith("]\r\n");
  }

  @Test
  void pipedOutputIsNeverPaged() throws Exception {
    String output = ChildMinutes.piped(environment, LONG_LISTING);

    assertThat(output).startsWith("[ {").doesNotContain("PAGED:");
  }
}
