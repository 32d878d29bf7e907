package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format json} of {@code meetings} and {@code show}, in the shapes the README documents.
 */
class ListingJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;
  private Map<String, String> environment;

  @BeforeEach
  void storeWithTheSampleMeeting() {
    environment = Cli.storeIn(folder);
    assertThat(run("ingest", "--people", "notes/people.yaml", "notes").exit()).isZero();
  }

  @Test
  void meetingsAsJsonIsAnArrayOfMeetingsWithTheirOpenCounts() throws Exception {
    JsonNode meetings = JSON.readTree(run("meetings", "--format", "json").out());

    assertThat(meetings).hasSize(1);
    JsonNode meeting = meetings.get(0);
    assertThat(meeting.get("id").asLong()).isEqualTo(1);
    assertThat(meeting.get("date").asText()).isEqualTo("2024-03-04");
    assertThat(meeting.get("title").asText()).isEqualTo("Maintainers Meeting, March 4, 2024");
    assertThat(meeting.get("teams").get(0).asText()).isEqualTo("maintainers");
    assertThat(meeting.get("open").asLong()).isEqualTo(2);
  }

  @Test
  void showingAMeetingAsJsonHasItsAgendaDecisionsAndItems() throws Exception {
    JsonNode meeting = JSON.readTree(run("show", "M1", "--format", "json").out());

    assertThat(meeting.get("agenda").size()).isPositive();
    assertThat(meeting.get("items")).extracting(i -> i.get("id").asLong()).containsExactly(1L, 2L);
    assertThat(meeting.get("items").get(0).get("owners").get(0).get("token").asText())
        .isEqualTo("RD");
  }

  @Test
  void showingAnItemAsJsonHasItsHistoryAndSideEffects() throws Exception {
    run("done", "2");

    JsonNode item = JSON.readTree(run("show", "2", "--format", "json").out());

    assertThat(item.get("status").asText()).isEqualTo("done");
    assertThat(item.get("history")).extracting(h -> h.get("change").asText()).contains("done");
    assertThat(item.get("sideEffects").isArray()).isTrue();
  }

  private Cli run(String... args) {
    return Cli.run(environment, Clock.systemUTC(), args);
  }
}
