package dev.minutes.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.chat.Announcer;
import dev.minutes.chat.ChatMembers;
import dev.minutes.ingest.Ingester;
import dev.minutes.items.Store;
import dev.minutes.items.StoredMeeting;
import dev.minutes.parse.NotesParser;
import dev.minutes.people.PeopleDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Announcing a meeting reads that meeting's rows only: the same number of rows in a store of one
 * meeting and in a store of a hundred.
 */
class AnnouncementReadsTest {
  private static final Path NOTES = Path.of("notes/2024-03-04-maintainers.md");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-03-05T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path folder;

  @Test
  void announcingAMeetingReadsAsManyRowsInAStoreOfOneMeetingAsInAStoreOfAHundred()
      throws IOException {
    long small = rowsReadToAnnounceTheFirstMeeting(1);
    long large = rowsReadToAnnounceTheFirstMeeting(100);

    assertThat(small).isPositive();
    assertThat(large).isEqualTo(small);
  }

  private long rowsReadToAnnounceTheFirstMeeting(int meetings) throws IOException {
    RowCounter counter = new RowCounter();
    String url = "jdbc:sqlite:" + folder.resolve("store-" + meetings + ".db");
    byte[] notes = Files.readAllBytes(NOTES);
    try (Store store = new JdbcStore(Database.open(url, Map.of(), counter::count))) {
      Ingester ingester =
          new Ingester(new NotesParser(PeopleDirectory.empty()), store, CLOCK, "test");
      for (int copy = 0; copy < meetings; copy++) {
        ingester.ingest("notes/copy-" + copy + "/maintainers.md", notes, false);
      }
      StoredMeeting first = store.meeting(1).orElseThrow();
      Announcer announcer =
          new Announcer(
              store,
              () -> ChatMembers.of(PeopleDirectory.empty(), List.of()),
              null,
              Duration.ofDays(7),
              CLOCK);
      counter.reset();
      String text = announcer.render(first).text();
      assertThat(text).contains("Create a GitHub project 0.16.3.");
      return counter.rows();
    }
  }
}
