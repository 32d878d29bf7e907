package dev.minutes.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.ingest.Reconciler;
import dev.minutes.items.ItemFilter;
import dev.minutes.items.ItemLine;
import dev.minutes.items.ItemListing;
import dev.minutes.items.ItemListing.Grouping;
import dev.minutes.items.ItemListing.Order;
import dev.minutes.items.ListedItem;
import dev.minutes.items.ListedLine;
import dev.minutes.items.ListingCount;
import dev.minutes.items.Store;
import dev.minutes.notes.Meeting;
import dev.minutes.notes.Owner;
import dev.minutes.parse.NotesParser;
import dev.minutes.people.PeopleDirectory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Ordering, grouping and limits of {@code minutes todos}, done by the database: the same answers on
 * SQLite and PostgreSQL (the subclasses).
 */
abstract class ItemListingContract {
  private static final Instant T0 = Instant.parse("2024-03-04T12:00:00Z");

  private static final String MARCH =
      """
      ---
      title: March
      date: 2024-03-04
      teams: [core]
      participants: [RăzvanD, Cezar]
      ---
      ## TODOs and Decisions

      * RD: Cut the release by 2024-03-20.
      * CC: Look into nightly builds.
      * RD/CC: Write the release notes by 2024-03-10.
      """;

  private Store store;

  abstract Database database();

  /**
   * The store with two meetings, made on first use: a subclass's {@code @BeforeEach} (a fresh
   * PostgreSQL schema) runs after this class's.
   */
  private Store store() {
    if (store != null) {
      return store;
    }
    store = new JdbcStore(database());
    ingest("march.md", MARCH);
    ingest(
        "april.md",
        """
        ---
        title: April
        date: 2024-04-01
        teams: [docs]
        participants: [Ana]
        ---
        ## TODOs and Decisions

        * AB: Update the guide by 2024-04-05.
        * TODO: Fix the broken link.
        """);
    return store;
  }

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void dueSortsSoonestFirstAndUndatedLast() {
    assertThat(texts(ItemFilter.all(), new ItemListing(Order.DUE, Grouping.NONE, 0)))
        .containsExactly(
            "Write the release notes by 2024-03-10.",
            "Cut the release by 2024-03-20.",
            "Update the guide by 2024-04-05.",
            "Look into nightly builds.",
            "Fix the broken link.");
  }

  @Test
  void ageSortsTheOldestMeetingFirst() {
    assertThat(texts(ItemFilter.all(), new ItemListing(Order.AGE, Grouping.NONE, 2)))
        .containsExactly("Cut the release by 2024-03-20.", "Look into nightly builds.");
  }

  @Test
  void aLimitCutsTheListingAndCountsWhatItLeftOut() {
    List<ListedItem> rows = new ArrayList<>();
    ListingCount count =
        store()
            .eachListed(
                ItemFilter.all(), new ItemListing(Order.NUMBER, Grouping.NONE, 2), rows::add);

    assertThat(rows).hasSize(2);
    assertThat(count.listed()).isEqualTo(2);
    assertThat(count.more()).isEqualTo(3);
  }

  @Test
  void aLimitAfterAnOwnerFilterCountsOnlyExactMatches() {
    ItemFilter rd = new ItemFilter(Set.of(), Set.of("RD"), null, null);
    List<ListedItem> rows = new ArrayList<>();
    ListingCount count =
        store().eachListed(rd, new ItemListing(Order.NUMBER, Grouping.NONE, 1), rows::add);

    assertThat(rows)
        .extracting(r -> r.item().text())
        .containsExactly("Cut the release by 2024-03-20.");
    assertThat(count.matched()).isEqualTo(2);
  }

  @Test
  void groupingByOwnerListsAnItemUnderEachOfItsOwnersAndUnownedItemsLast() {
    List<String> rows = new ArrayList<>();
    store()
        .eachListed(
            ItemFilter.all(),
            new ItemListing(Order.NUMBER, Grouping.OWNER, 0),
            row ->
                rows.add(
                    (row.groupOwner() == null ? "-" : row.groupOwner().token())
                        + " "
                        + row.item().text()));

    assertThat(rows)
        .containsExactly(
            "AB Update the guide by 2024-04-05.",
            "CC Look into nightly builds.",
            "CC Write the release notes by 2024-03-10.",
            "RD Cut the release by 2024-03-20.",
            "RD Write the release notes by 2024-03-10.",
            "- Fix the broken link.");
  }

  @Test
  void theSpellingsOfOnePersonSortAndGroupUnderTheirKey() {
    // The parser resolved AB to Ana, the meeting's participant; the directory's key for Ana sorts
    // after everyone else's lower-cased names.
    ItemListing listing =
        new ItemListing(Order.NUMBER, Grouping.OWNER, 0).withOwnerKeys(Map.of("Ana", "zoe"));
    List<String> rows = new ArrayList<>();
    store()
        .eachListed(
            ItemFilter.all(),
            listing,
            row -> rows.add(row.groupOwner() == null ? "-" : row.groupOwner().token()));

    assertThat(rows).containsExactly("CC", "CC", "RD", "RD", "AB", "-");
  }

  @Test
  void groupingByOwnerWithAnOwnerFilterKeepsOnlyThatOwnersGroup() {
    ItemFilter cc = new ItemFilter(Set.of(), Set.of("CC"), null, null);
    List<Owner> owners = new ArrayList<>();
    store()
        .eachListed(
            cc,
            new ItemListing(Order.NUMBER, Grouping.OWNER, 0),
            row -> owners.add(row.groupOwner()));

    assertThat(owners).extracting(Owner::token).containsExactly("CC", "CC");
  }

  @Test
  void groupingByMeetingPutsTheNewestMeetingFirst() {
    assertThat(texts(ItemFilter.all(), new ItemListing(Order.DUE, Grouping.MEETING, 0)))
        .containsExactly(
            "Update the guide by 2024-04-05.",
            "Fix the broken link.",
            "Write the release notes by 2024-03-10.",
            "Cut the release by 2024-03-20.",
            "Look into nightly builds.");
  }

  @Test
  void sortingByOwnerUsesTheFirstOwnerWithUnownedItemsLast() {
    assertThat(texts(ItemFilter.all(), new ItemListing(Order.OWNER, Grouping.NONE, 0)))
        .containsExactly(
            "Update the guide by 2024-04-05.",
            "Look into nightly builds.",
            "Cut the release by 2024-03-20.",
            "Write the release notes by 2024-03-10.",
            "Fix the broken link.");
  }

  @Test
  void anOwnerFilterMatchesTheResolvedNameInAnyCase() {
    // RD was resolved to the participant RăzvanD: a spelling in capitals, ș and all, finds both.
    ItemFilter razvan = new ItemFilter(Set.of(), Set.of("RĂZVAND"), null, null);

    assertThat(texts(razvan, new ItemListing(Order.NUMBER, Grouping.NONE, 0)))
        .containsExactly(
            "Cut the release by 2024-03-20.", "Write the release notes by 2024-03-10.");
  }

  @Test
  void anItemOwnedUnderTwoWantedSpellingsIsListedAndCountedOnce() {
    ItemFilter both = new ItemFilter(Set.of(), Set.of("RD", "RăzvanD", "rd"), null, null);
    List<ListedItem> rows = new ArrayList<>();
    ListingCount count =
        store().eachListed(both, new ItemListing(Order.NUMBER, Grouping.NONE, 1), rows::add);

    assertThat(rows).hasSize(1);
    assertThat(count.matched()).isEqualTo(2);
  }

  @Test
  void anItemWhoseOwnerIsEditedIsFoundUnderItsNewOwnerOnly() {
    store();
    ingest("march.md", MARCH.replace("* RD: Cut", "* CC: Cut"));
    ItemListing all = new ItemListing(Order.NUMBER, Grouping.NONE, 0);

    assertThat(texts(new ItemFilter(Set.of(), Set.of("RD"), null, null), all))
        .containsExactly("Write the release notes by 2024-03-10.");
    assertThat(texts(new ItemFilter(Set.of(), Set.of("cc"), null, null), all))
        .containsExactly(
            "Cut the release by 2024-03-20.",
            "Look into nightly builds.",
            "Write the release notes by 2024-03-10.");
  }

  @Test
  void aListingReadAsLinesHasTheLinesOfTheWholeItems() {
    ItemFilter rd = new ItemFilter(Set.of(), Set.of("RD"), null, null);
    for (ItemListing listing :
        List.of(
            new ItemListing(Order.DUE, Grouping.MEETING, 0),
            new ItemListing(Order.NUMBER, Grouping.OWNER, 1))) {
      List<ListedLine> expected = new ArrayList<>();
      store()
          .eachListed(
              rd,
              listing,
              row -> expected.add(new ListedLine(ItemLine.of(row.item()), row.groupOwner())));
      List<ListedLine> lines = new ArrayList<>();
      ListingCount count = store().eachListedLine(rd, listing, lines::add);

      assertThat(lines).isNotEmpty().isEqualTo(expected);
      assertThat(count.matched()).isEqualTo(2);
    }
  }

  @Test
  void linesOfMeetingsThatAlternateEachShowTheirOwnMeeting() {
    List<String> meetings = new ArrayList<>();
    store()
        .eachListedLine(
            ItemFilter.all(),
            new ItemListing(Order.DUE, Grouping.NONE, 0),
            row ->
                meetings.add(
                    row.line().meetingTitle()
                        + " "
                        + row.line().meetingDate()
                        + " "
                        + row.line().meetingSource()));

    // By due date: March, March, April, then the undated March and April items.
    assertThat(meetings)
        .containsExactly(
            "March 2024-03-04 march.md",
            "March 2024-03-04 march.md",
            "April 2024-04-01 april.md",
            "March 2024-03-04 march.md",
            "April 2024-04-01 april.md");
  }

  private List<String> texts(ItemFilter filter, ItemListing listing) {
    List<String> texts = new ArrayList<>();
    store().eachListed(filter, listing, row -> texts.add(row.item().text()));
    return texts;
  }

  private void ingest(String source, String text) {
    Meeting meeting =
        new NotesParser(PeopleDirectory.empty())
            .parse(source, text.getBytes(StandardCharsets.UTF_8));
    // The text's hash as the content hash, so that an edited text is written again.
    store.ingest(
        meeting,
        Integer.toHexString(text.hashCode()),
        new Reconciler(meeting.actions()),
        T0,
        false);
  }
}
