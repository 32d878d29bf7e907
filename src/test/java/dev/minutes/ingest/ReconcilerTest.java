package dev.minutes.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.TrackedItemBuilder;
import dev.minutes.items.ItemPlan;
import dev.minutes.items.ItemStatus;
import dev.minutes.items.TrackedItem;
import dev.minutes.notes.ActionItem;
import dev.minutes.notes.Owner;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reconciler alone: stored items and parsed items in, a plan out, no store. */
class ReconcilerTest {
  static final LocalDate DAY = LocalDate.parse("2024-03-04");

  static ActionItem parsed(String owner, String text, LocalDate due, boolean done) {
    return new ActionItem(
        "id-" + text.hashCode(),
        List.of(new Owner(owner, null)),
        text,
        due,
        List.of(),
        "TODOs",
        1,
        done);
  }

  static TrackedItem stored(long id, String owner, String text, ItemStatus status) {
    return TrackedItemBuilder.item(id)
        .meeting("notes/a.md", "M", DAY)
        .owners(new Owner(owner, null))
        .text(text)
        .status(status)
        .build();
  }

  @Test
  void aTypoFixKeepsTheItemAndRecordsTheTextChange() {
    ItemPlan plan =
        new Reconciler(List.of(parsed("RD", "Create a GitHub project 0.16.3.", null, false)))
            .plan(List.of(stored(7, "RD", "Create a GitHub projet 0.16.3.", ItemStatus.OPEN)));

    assertThat(plan.added()).isEmpty();
    assertThat(plan.removed()).isEmpty();
    assertThat(plan.updated()).singleElement().satisfies(u -> assertThat(u.id()).isEqualTo(7));
    assertThat(plan.updated().get(0).changes()).singleElement().asString().startsWith("text: ");
  }

  @Test
  void aRewrittenItemIsANewOneAndTheOldOneIsRemoved() {
    ItemPlan plan =
        new Reconciler(List.of(parsed("RD", "Book the room for the summit.", null, false)))
            .plan(List.of(stored(7, "RD", "Create a GitHub project 0.16.3.", ItemStatus.OPEN)));

    assertThat(plan.added())
        .extracting(ActionItem::text)
        .containsExactly("Book the room for the summit.");
    assertThat(plan.removed()).containsExactly(7L);
  }

  @Test
  void anAddedDueDateAndAnotherOwnerUpdateTheSameItem() {
    LocalDate friday = LocalDate.parse("2024-03-08");
    ItemPlan plan =
        new Reconciler(List.of(parsed("CC", "Look into nightly builds.", friday, false)))
            .plan(List.of(stored(3, "RD", "Look into nightly builds.", ItemStatus.OPEN)));

    assertThat(plan.updated())
        .singleElement()
        .satisfies(
            u ->
                assertThat(u.changes())
                    .containsExactly("owners: [RD] → [CC]", "due: null → 2024-03-08"));
  }

  @Test
  void aDoneItemStaysDoneWhenTheNotesStillShowItUnticked() {
    ItemPlan plan =
        new Reconciler(List.of(parsed("RD", "Look into nightly builds.", null, false)))
            .plan(List.of(stored(3, "RD", "Look into nightly builds.", ItemStatus.DONE)));

    assertThat(plan.updated().get(0).newStatus()).isNull();
  }

  @Test
  void aTickedItemBecomesDoneAndARemovedItemThatReturnsComesBack() {
    ItemPlan plan =
        new Reconciler(
                List.of(
                    parsed("RD", "Look into nightly builds.", null, true),
                    parsed("CC", "Review the release notes.", null, false)))
            .plan(
                List.of(
                    stored(3, "RD", "Look into nightly builds.", ItemStatus.OPEN),
                    stored(4, "CC", "Review the release notes.", ItemStatus.REMOVED)));

    assertThat(plan.updated())
        .extracting(ItemPlan.Update::id, ItemPlan.Update::newStatus)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(3L, ItemStatus.DONE),
            org.assertj.core.groups.Tuple.tuple(4L, ItemStatus.OPEN));
    assertThat(plan.removed()).isEmpty();
  }

  @Test
  void twoStoredItemsWithTheSameTextAreMatchedOneToOne() {
    ItemPlan plan =
        new Reconciler(
                List.of(
                    parsed("RD", "Send the slides.", null, false),
                    parsed("CC", "Send the slides.", null, false)))
            .plan(
                List.of(
                    stored(1, "RD", "Send the slides.", ItemStatus.OPEN),
                    stored(2, "CC", "Send the slides.", ItemStatus.OPEN)));

    assertThat(plan.updated()).extracting(ItemPlan.Update::id).containsExactly(1L, 2L);
    assertThat(plan.added()).isEmpty();
    assertThat(plan.removed()).isEmpty();
  }
}
