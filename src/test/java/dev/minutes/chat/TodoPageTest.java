package dev.minutes.chat;

import static dev.minutes.chat.Items.item;
import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.items.TrackedItem;
import dev.minutes.notes.Owner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TodoPageTest {

  private static List<TrackedItem> items(int count, int textLength) {
    List<TrackedItem> items = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      items.add(item(i, "x".repeat(textLength), new Owner("RD", null)));
    }
    return items;
  }

  @Test
  void showsFourItemsPerPageWithTheirButtons() {
    TodoPage page = TodoPage.of("Open items", items(10, 20), 1, ids -> Map.of());

    assertThat(page.page()).isEqualTo(1);
    assertThat(page.pages()).isEqualTo(3);
    assertThat(page.message().itemButtons()).containsExactly(5L, 6L, 7L, 8L);
    assertThat(page.message().text()).startsWith("**Open items** — 10 items, page 2/3");
  }

  @Test
  void readsTheIssueLinksOfTheItemsOnThePageOnly() {
    List<List<Long>> asked = new ArrayList<>();

    TodoPage page =
        TodoPage.of(
            "Open items",
            items(10, 20),
            1,
            ids -> {
              asked.add(ids);
              return Map.of(6L, "https://github.com/o/r/issues/6");
            });

    assertThat(asked).containsExactly(List.of(5L, 6L, 7L, 8L));
    assertThat(page.message().text()).contains("https://github.com/o/r/issues/6");
  }

  @Test
  void clampsAPageThatNoLongerExists() {
    TodoPage page = TodoPage.of("Open items", items(5, 20), 9, ids -> Map.of());

    assertThat(page.page()).isEqualTo(1);
    assertThat(page.message().itemButtons()).containsExactly(5L);
  }

  @Test
  void aPageOfLongItemsFitsInOneMessage() {
    TodoPage page = TodoPage.of("Open items", items(8, 5000), 0, ids -> Map.of());

    assertThat(page.message().text().length()).isLessThanOrEqualTo(MessageSplitter.DISCORD_LIMIT);
    assertThat(page.message().text()).contains("…");
  }

  @Test
  void saysSoWhenThereIsNothingToDo() {
    assertThat(TodoPage.of("Open items of RD", List.of(), 0, ids -> Map.of()).message().text())
        .contains("Nothing to do");
  }
}
