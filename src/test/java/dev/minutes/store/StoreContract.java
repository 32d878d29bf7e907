package dev.minutes.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minutes.TestNotes;
import dev.minutes.ingest.Reconciler;
import dev.minutes.items.Effect;
import dev.minutes.items.IngestOutcome;
import dev.minutes.items.IssueLink;
import dev.minutes.items.ItemFilter;
import dev.minutes.items.ItemHistoryEntry;
import dev.minutes.items.ItemStatus;
import dev.minutes.items.MeetingItems;
import dev.minutes.items.MemberLink;
import dev.minutes.items.Store;
import dev.minutes.items.StoreEvent;
import dev.minutes.items.StoredMeeting;
import dev.minutes.items.TrackedItem;
import dev.minutes.items.WrittenIssue;
import dev.minutes.notes.Meeting;
import dev.minutes.notes.MinutesException;
import dev.minutes.parse.NotesParser;
import dev.minutes.people.PeopleDirectory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Store} must have, run against a real SQLite file and a real PostgreSQL
 * server by the subclasses.
 */
abstract class StoreContract {
  static final Instant T0 = Instant.parse("2024-03-04T12:00:00Z");
  static final String NOTES = TestNotes.SMALL_MEETING;

  private final List<Store> opened = new ArrayList<>();

  /** A store on a fresh, empty database; each call for one test returns a store on the same one. */
  abstract Database database();

  Store store() {
    Store store = new JdbcStore(database());
    opened.add(store);
    return store;
  }

  @AfterEach
  void closeStores() {
    opened.forEach(Store::close);
  }

  static Meeting parse(String source, String text) {
    return new NotesParser(PeopleDirectory.empty())
        .parse(source, text.getBytes(StandardCharsets.UTF_8));
  }

  static IngestOutcome ingest(Store store, String source, String text, String hash) {
    Meeting meeting = parse(source, text);
    return store.ingest(meeting, hash, new Reconciler(meeting.actions()), T0, false);
  }

  @Test
  void anItemLinkedToTwoIssuesIsDoneWhenBothAreClosedUnlessAnyIsEnough() {
    Store store = store();
    ingest(store, "a.md", NOTES, "h1");
    IssueLink first = new IssueLink(1, "o/r", 7, "u7", true, false, IssueLink.State.OPEN);
    IssueLink second = new IssueLink(1, "o/r", 8, "u8", true, false, IssueLink.State.OPEN);
    store.linkIssue(first, null, T0);
    store.linkIssue(second, null, T0);
    store.linkIssue(second, null, T0); // the same issue again: kept once

    store.recordIssueState(first, IssueLink.State.CLOSED, IssueLink.DoneWhen.ALL, "github", T0);
    ItemStatus afterOne = store.item(1).orElseThrow().status();
    store.recordIssueState(second, IssueLink.State.CLOSED, IssueLink.DoneWhen.ALL, "github", T0);

    assertThat(store.issueLinks(1)).extracting(IssueLink::number).containsExactly(7L, 8L);
    assertThat(afterOne).isEqualTo(ItemStatus.OPEN);
    assertThat(store.item(1).orElseThrow().status()).isEqualTo(ItemStatus.DONE);
    store.recordIssueState(first, IssueLink.State.OPEN, IssueLink.DoneWhen.ANY, "github", T0);
    assertThat(store.item(1).orElseThrow().status()).isEqualTo(ItemStatus.DONE);
  }

  @Test
  void meetingsAreFoundByTheirFileNameInAnyFolderExactly() {
    Store store = store();
    ingest(store, "2024/a_b.md", NOTES.replace("2024-03-04", "2024-03-11"), "h1");
    ingest(store, "notes/axb.md", NOTES.replace("2024-03-04", "2024-03-18"), "h2");
    ingest(store, "a_b.md", NOTES.replace("2024-03-04", "2024-03-25"), "h3");
    ingest(store, "old/A_B.md", NOTES.replace("2024-03-04", "2024-04-01"), "h4");

    assertThat(store.sourcesNamed("a_b.md")).containsExactly("2024/a_b.md", "a_b.md");
    assertThat(store.sourcesNamed("axb.md")).containsExactly("notes/axb.md");
    assertThat(store.sourcesNamed("b.md")).isEmpty();
  }

  @Test
  void theMainIssueUrlsOfListedItemsAreReadAtOnceAsEachItemsMainLink() {
    Store store = store();
    ingest(store, "a.md", NOTES, "h1");
    store.linkIssue(new IssueLink(1, "o/r", 7, "u7", true, false, IssueLink.State.OPEN), null, T0);
    store.linkIssue(
        new IssueLink(1, "o/r", 8, "u8", false, true, IssueLink.State.OPEN),
        null,
        T0.plusSeconds(1));
    store.linkIssue(new IssueLink(2, "o/r", 9, "u9", false, false, IssueLink.State.OPEN), null, T0);
    List<Long> many = LongStream.rangeClosed(1, 1200).boxed().toList(); // more than one query

    Map<Long, String> urls = store.issueUrls(many);

    assertThat(urls).containsOnly(Map.entry(1L, "u8"), Map.entry(2L, "u9"));
    assertThat(urls.get(1L)).isEqualTo(store.issueLink(1).orElseThrow().url());
    assertThat(store.issueUrls(List.of())).isEmpty();
  }

  @Test
  void aMeetingsItemsAreReadOnceEachWithTheIssueMinutesOpenedAsTheirLinkAmongSeveral() {
    Store store = store();
    long meetingId = ingest(store, "a.md", NOTES, "h1").meetingId();
    int itemCount = store.meetingItems(meetingId).items().size();
    store.linkIssue(new IssueLink(1, "o/r", 7, "u7", true, false, IssueLink.State.OPEN), null, T0);
    store.linkIssue(
        new IssueLink(1, "o/r", 8, "u8", false, true, IssueLink.State.OPEN),
        null,
        T0.plusSeconds(1));
    store.linkIssue(new IssueLink(1, "o/r", 9, "u9", false, false, IssueLink.State.OPEN), null, T0);

    MeetingItems items = store.meetingItems(meetingId);

    assertThat(items.items()).hasSize(itemCount);
    assertThat(items.items()).extracting(TrackedItem::id).doesNotHaveDuplicates();
    assertThat(items.issueUrls()).containsExactly(Map.entry(1L, "u8"));
  }

  @Test
  void keepsWhatMinutesWroteIntoAnIssueAndListsEffectsByPrefixTakingUnderscoresLiterally() {
    Store store = store();
    ingest(store, "a.md", NOTES, "h1");
    IssueLink link = new IssueLink(1, "o/r", 7, "u7", false, true, IssueLink.State.OPEN);
    WrittenIssue written = new WrittenIssue("Title", "generated part", List.of("razvand"));
    store.linkIssue(link, written, null, T0);
    store.claimEffect("edit_1:a", T0);
    store.claimEffect("edit_1:b", T0.plusSeconds(1));
    store.claimEffect("editX1:c", T0);
    store.recordIssueSideEffect(
        link, "issue edited", written, IssueLink.State.CLOSED, "edit_1:a", T0.plusSeconds(2));

    assertThat(store.writtenIssue(link)).contains(written);
    assertThat(store.issueLink(1).orElseThrow().state()).isEqualTo(IssueLink.State.CLOSED);
    assertThat(store.effects("edit_1:"))
        .extracting(Effect::key, e -> e.completedAt() != null)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("edit_1:a", true),
            org.assertj.core.groups.Tuple.tuple("edit_1:b", false));
    assertThat(store.history(1)).extracting(ItemHistoryEntry::change).contains("issue edited");
  }

  @Test
  void countsRepeatedRemindersOncePerDayForTheCurrentDueDate() {
    Store store = store();
    ingest(store, "a.md", NOTES, "h1");
    java.time.LocalDate day = java.time.LocalDate.parse("2024-03-10");
    store.recordRepeatedReminders(List.of(1L, 2L), day);
    store.recordRepeatedReminders(List.of(1L), day);
    store.recordRepeatedReminders(List.of(1L), day.plusDays(3));

    assertThat(store.repeatedReminderCounts()).containsEntry(1L, 2).containsEntry(2L, 1);
  }

  @Test
  void keepsOneLinkPerMemberAndLetsAMaintainerConfirmIt() {
    Store store = store();
    store.linkMember("111", "Cezar", null, T0);

    assertThat(store.memberLink("111")).contains(new MemberLink("111", "Cezar", null));
    assertThat(store.memberLink("111").orElseThrow().confirmed()).isFalse();

    store.linkMember("111", "Cezar", "maintainer-9", T0.plusSeconds(5));
    store.linkMember("222", "RD", "directory", T0);

    assertThat(store().memberLinks())
        .containsExactly(
            new MemberLink("111", "Cezar", "maintainer-9"),
            new MemberLink("222", "RD", "directory"));
    assertThat(store.memberLink("333")).isEmpty();
  }

  @Test
  void storesAMeetingWithItsItemsAndNumbersThem() {
    Store store = store();
    IngestOutcome outcome = ingest(store, "notes/a.md", NOTES, "h1");

    assertThat(outcome.newMeeting()).isTrue();
    assertThat(outcome.added()).hasSize(2);
    List<TrackedItem> items = store.items(ItemFilter.open());
    assertThat(items)
        .extracting(TrackedItem::text)
        .containsExactly("Create a GitHub project 0.16.3.", "Look into nightly builds.");
    assertThat(items.get(0).owners()).extracting(o -> o.token()).containsExactly("RD");
    assertThat(items.get(0).meetingTitle()).isEqualTo("Maintainers Meeting");
    assertThat(items.get(0).teams()).containsExactly("maintainers");
    assertThat(items).extracting(TrackedItem::id).doesNotHaveDuplicates().allMatch(id -> id > 0);
    assertThat(store.meetings(null))
        .extracting(StoredMeeting::source)
        .containsExactly("notes/a.md");
  }

  @Test
  void keysNewItemsWithTimeOrderedUuidsThatGrowInTheOrderTheItemsWereCreated() {
    Store store = store();
    ingest(store, "notes/a.md", NOTES, "h1");
    ingest(store, "notes/b.md", NOTES.replace("2024-03-04", "2024-03-11"), "h2");

    List<TrackedItem> items = store.items(ItemFilter.open());
    List<String> keys = items.stream().map(TrackedItem::key).toList();
    assertThat(items).hasSize(4);
    assertThat(keys).allMatch(key -> UUID.fromString(key).version() == 7);
    assertThat(keys).doesNotHaveDuplicates();
    // Ordered, so a large ingest appends to the key index instead of writing all over it.
    assertThat(items.stream().sorted(Comparator.comparingLong(TrackedItem::id)))
        .extracting(TrackedItem::key)
        .isSorted();
  }

  @Test
  void writesNothingWhenTheSameContentIsIngestedAgain() {
    Store store = store();
    ingest(store, "notes/a.md", NOTES, "h1");
    List<StoreEvent> before = store.eventsAfter("test", 100);

    IngestOutcome again = ingest(store, "notes/a.md", NOTES, "h1");

    assertThat(again.unchanged()).isTrue();
    assertThat(store.eventsAfter("test", 100)).isEqualTo(before);
    assertThat(store.contentHash("notes/a.md")).contains("h1");
  }

  @Test
  void aDryRunReportsTheOutcomeAndWritesNothing() {
    Store store = store();
    Meeting meeting = parse("notes/a.md", NOTES);

    IngestOutcome outcome =
        store.ingest(meeting, "h1", new Reconciler(meeting.actions()), T0, true);

    assertThat(outcome.added()).hasSize(2);
    assertThat(store.items(ItemFilter.all())).isEmpty();
    assertThat(store.meetings(null)).isEmpty();
  }

  @Test
  void marksAnItemDeletedFromTheNotesAsRemovedAndKeepsIt() {
    Store store = store();
    ingest(store, "notes/a.md", NOTES, "h1");

    IngestOutcome outcome =
        ingest(store, "notes/a.md", NOTES.replace("CC: Look into nightly builds.\n", ""), "h2");

    assertThat(outcome.removed()).hasSize(1);
    assertThat(store.items(new ItemFilter(Set.of(ItemStatus.REMOVED), Set.of(), null, null)))
        .extracting(TrackedItem::text)
        .containsExactly("Look into nightly builds.");
  }

  @Test
  void recordsWhoChangedAStatusAndWhen() {
    Store store = store();
    long id = ingest(store, "notes/a.md", NOTES, "h1").added().get(0);

    TrackedItem done = store.setStatus(id, ItemStatus.DONE, "alice", T0.plusSeconds(60));

    assertThat(done.status()).isEqualTo(ItemStatus.DONE);
    assertThat(done.statusChangedAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(store.history(id))
        .extracting(ItemHistoryEntry::change, ItemHistoryEntry::actor)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("created", "ingest"),
            org.assertj.core.groups.Tuple.tuple("done", "alice"));
  }

  @Test
  void keepsADoneItemDoneWhenTheNotesAreIngestedAgain() {
    Store store = store();
    long id = ingest(store, "notes/a.md", NOTES, "h1").added().get(0);
    store.setStatus(id, ItemStatus.DONE, "alice", T0);

    ingest(store, "notes/a.md", NOTES + "\nAll: Read the notes.\n", "h2");

    assertThat(store.item(id)).get().extracting(TrackedItem::status).isEqualTo(ItemStatus.DONE);
  }

  @Test
  void refusesAnUnknownItemWithAClearMessage() {
    Store store = store();
    assertThatThrownBy(() -> store.setStatus(999, ItemStatus.DONE, "alice", T0))
        .isInstanceOf(MinutesException.class)
        .hasMessageContaining("no such action item");
  }

  @Test
  void snoozesAnItemUntilAGivenInstant() {
    Store store = store();
    long id = ingest(store, "notes/a.md", NOTES, "h1").added().get(0);

    store.snooze(id, T0.plusSeconds(3600), "alice", T0);

    assertThat(store.item(id))
        .get()
        .extracting(TrackedItem::snoozedUntil)
        .isEqualTo(T0.plusSeconds(3600));
  }

  @Test
  void deliversEachOutboxEventOncePerConsumer() {
    Store store = store();
    ingest(store, "notes/a.md", NOTES, "h1");

    List<StoreEvent> first = store.eventsAfter("github", 100);
    assertThat(first)
        .extracting(StoreEvent::kind)
        .containsExactly(
            StoreEvent.Kind.ITEM_NEW, StoreEvent.Kind.ITEM_NEW, StoreEvent.Kind.MEETING_INGESTED);
    store.acknowledge("github", first.get(1).id());

    assertThat(store.eventsAfter("github", 100)).containsExactly(first.get(2));
    assertThat(store.eventsAfter("discord", 100)).isEqualTo(first);
    store.acknowledge("github", first.get(0).id()); // an old acknowledgement never moves back
    assertThat(store.eventsAfter("github", 100)).containsExactly(first.get(2));
  }

  @Test
  void grantsAnEffectToExactlyOneClaimantEvenAcrossConnections() {
    Store one = store();
    Store other = store();

    assertThat(one.claimEffect("digest@2024-W10", T0)).isTrue();
    assertThat(other.claimEffect("digest@2024-W10", T0)).isFalse();
    one.completeEffect("digest@2024-W10", "message-1", T0);
    assertThat(other.effect("digest@2024-W10"))
        .get()
        .extracting(Effect::externalRef)
        .isEqualTo("message-1");
  }

  @Test
  void aReleasedClaimCanBeClaimedAgain() {
    Store store = store();
    store.claimEffect("issue:x", T0);
    store.releaseEffect("issue:x");
    assertThat(store.claimEffect("issue:x", T0)).isTrue();
  }

  @Test
  void remembersWhoTurnedRemindersOffUntilTheyTurnThemBackOn() {
    Store store = store();
    store.setRemindersEnabled("Cezar Crăciunoiu", false, T0);
    store.setRemindersEnabled("Cezar Crăciunoiu", false, T0); // twice is still one opt-out
    store.setRemindersEnabled("Simon Kuenzer", false, T0);

    assertThat(store().reminderOptOuts())
        .containsExactlyInAnyOrder("Cezar Crăciunoiu", "Simon Kuenzer");

    store.setRemindersEnabled("Cezar Crăciunoiu", true, T0);
    assertThat(store.reminderOptOuts()).containsExactly("Simon Kuenzer");
  }

  @Test
  void concurrentIngestsOfTheSameFilesEndWithOneCopyOfEachItem() throws Exception {
    int writers = 4;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = Collections.synchronizedList(new ArrayList<>());
    for (int w = 0; w < writers; w++) {
      Store store = store(); // one connection each, as separate processes would have
      done.add(
          pool.submit(
              () -> {
                start.await();
                for (int file = 0; file < 5; file++) {
                  ingest(store, "notes/" + file + ".md", NOTES, "h" + file);
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> future : done) {
      future.get();
    }
    pool.shutdown();

    Store reader = store();
    assertThat(reader.meetings(null)).hasSize(5);
    assertThat(reader.items(ItemFilter.all())).hasSize(10);
  }
}
