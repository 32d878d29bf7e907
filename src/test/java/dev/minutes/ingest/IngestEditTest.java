package dev.minutes.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.TestNotes;
import dev.minutes.items.ItemFilter;
import dev.minutes.items.ItemStatus;
import dev.minutes.items.Store;
import dev.minutes.items.TrackedItem;
import dev.minutes.notes.Owner;
import dev.minutes.parse.NotesParser;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.store.Database;
import dev.minutes.store.JdbcStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edits people make to notes after a first ingest, on the real maintainers meeting of 2024-03-04
 * and a real SQLite store: each keeps or ends an item's identity as a maintainer would expect.
 */
class IngestEditTest {
  private static final String SOURCE = "notes/2024-03-04-maintainers.md";
  private static final String RD_ITEM = "RD: Create a GitHub project 0.16.3.";
  private static final String CC_ITEM = "CC: Look into this week: nightly builds.";

  @TempDir Path folder;
  private Store store;
  private Ingester ingester;
  private String original;

  @BeforeEach
  void openStore() throws IOException {
    store = new JdbcStore(Database.open("jdbc:sqlite:" + folder.resolve("minutes.db"), Map.of()));
    Clock clock = Clock.fixed(Instant.parse("2024-03-05T09:00:00Z"), ZoneOffset.UTC);
    ingester = new Ingester(new NotesParser(PeopleDirectory.empty()), store, clock, "none");
    original = realNotes();
    assertThat(original).contains(RD_ITEM, CC_ITEM);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void aFixedTypoKeepsTheItemAndRecordsTheNewText() {
    ingest(original.replace(RD_ITEM, "RD: Create a GitHub projet 0.16.3."));
    long id = itemWithText("Create a GitHub projet 0.16.3.").id();

    IngestReport report = ingest(original);

    assertThat(report.outcome().changed()).containsExactly(id);
    assertThat(report.outcome().added()).isEmpty();
    assertThat(store.item(id))
        .get()
        .extracting(TrackedItem::text)
        .isEqualTo("Create a GitHub project 0.16.3.");
  }

  @Test
  void anItemMovedElsewhereInTheFileKeepsItsIdentity() {
    ingest(original);
    long id = itemWithText("Create a GitHub project 0.16.3.").id();
    String moved =
        original.replace(RD_ITEM + "\n\n", "").replace(CC_ITEM, CC_ITEM + "\n\n" + RD_ITEM);

    IngestReport report = ingest(moved);

    assertThat(report.outcome().added()).isEmpty();
    assertThat(report.outcome().removed()).isEmpty();
    TrackedItem item = store.item(id).orElseThrow();
    assertThat(item.status()).isEqualTo(ItemStatus.OPEN);
    assertThat(item.line())
        .isGreaterThan(itemWithText("Look into this week: nightly builds.").line());
  }

  @Test
  void anAddedDueDateUpdatesTheSameItem() {
    ingest(original);
    long id = itemWithText("Create a GitHub project 0.16.3.").id();

    IngestReport report =
        ingest(original.replace(RD_ITEM, "RD: Create a GitHub project 0.16.3 by Friday."));

    assertThat(report.outcome().changed()).containsExactly(id);
    assertThat(store.item(id).orElseThrow().due()).isEqualTo(LocalDate.of(2024, 3, 8));
  }

  @Test
  void aChangedOwnerUpdatesTheSameItem() {
    ingest(original);
    long id = itemWithText("Create a GitHub project 0.16.3.").id();

    IngestReport report = ingest(original.replace(RD_ITEM, "SJ: Create a GitHub project 0.16.3."));

    assertThat(report.outcome().changed()).containsExactly(id);
    assertThat(store.item(id).orElseThrow().owners())
        .extracting(Owner::token, Owner::person)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("SJ", "ȘtefanJ"));
  }

  @Test
  void aDeletedItemBecomesRemovedAndComesBackWhenRestored() {
    ingest(original);
    long id = itemWithText("Create a GitHub project 0.16.3.").id();

    assertThat(ingest(original.replace(RD_ITEM, "")).outcome().removed()).containsExactly(id);
    assertThat(store.item(id).orElseThrow().status()).isEqualTo(ItemStatus.REMOVED);

    ingest(original);
    assertThat(store.item(id).orElseThrow().status()).isEqualTo(ItemStatus.OPEN);
  }

  @Test
  void aRewrittenItemIsANewItemAndTheOldOneIsRemoved() {
    ingest(original);
    long id = itemWithText("Create a GitHub project 0.16.3.").id();

    IngestReport report =
        ingest(original.replace(RD_ITEM, "RD: Write the release announcement for the blog."));

    assertThat(report.outcome().removed()).containsExactly(id);
    assertThat(report.outcome().added()).hasSize(1).doesNotContain(id);
  }

  @Test
  void anItemMarkedDoneStaysDoneWhenEditedNotesAreIngested() {
    ingest(original);
    long id = itemWithText("Create a GitHub project 0.16.3.").id();
    store.setStatus(id, ItemStatus.DONE, "RD", Instant.parse("2024-03-06T10:00:00Z"));

    ingest(original.replace(RD_ITEM, "RD: Create the GitHub project 0.16.3."));

    assertThat(store.item(id).orElseThrow().status()).isEqualTo(ItemStatus.DONE);
  }

  @Test
  void ingestingTheSameContentAgainIsRecognisedWithoutParsing() {
    ingest(original);

    IngestReport again = ingest(original);

    assertThat(again.outcome().unchanged()).isTrue();
    assertThat(store.items(ItemFilter.all())).hasSize(2);
  }

  private IngestReport ingest(String text) {
    IngestReport report = ingester.ingest(SOURCE, text.getBytes(StandardCharsets.UTF_8), false);
    assertThat(report.failed()).as("ingest failed: %s", report.warnings()).isFalse();
    return report;
  }

  private TrackedItem itemWithText(String text) {
    List<TrackedItem> matches =
        store.items(ItemFilter.all()).stream().filter(i -> i.text().equals(text)).toList();
    assertThat(matches).hasSize(1);
    return matches.get(0);
  }

  private static String realNotes() {
    return TestNotes.text(TestNotes.MAINTAINERS_2024_03_04);
  }
}
