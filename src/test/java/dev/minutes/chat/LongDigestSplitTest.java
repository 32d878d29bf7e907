package dev.minutes.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.TrackedItemBuilder;
import dev.minutes.digest.Digest;
import dev.minutes.digest.DigestBuilder;
import dev.minutes.digest.DigestText;
import dev.minutes.items.TrackedItem;
import dev.minutes.notes.Owner;
import dev.minutes.people.PeopleDirectory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LongDigestSplitTest {

  @Test
  void splitsABusyWeeksDigestIntoDiscordSizedMessagesThatKeepEveryItem() {
    List<TrackedItem> items = new ArrayList<>();
    Instant at = Instant.parse("2024-03-05T10:00:00Z");
    for (long id = 1; id <= 150; id++) {
      items.add(
          TrackedItemBuilder.item(id)
              .meeting("notes/a.md", "Maintainers", LocalDate.parse("2024-03-04"))
              .text(
                  "Port application number " + id + " to the new build system and update the docs")
              .owners(new Owner("O" + (id % 7), null))
              .due(LocalDate.parse("2024-03-06"))
              .line((int) id)
              .createdAt(at)
              .build());
    }
    Digest digest =
        new DigestBuilder(ZoneId.of("UTC"), "", PeopleDirectory.empty())
            .build(
                List.of(),
                items,
                List.of(),
                Instant.parse("2024-03-04T00:00:00Z"),
                Instant.parse("2024-03-11T00:00:00Z"));
    String markdown = DigestText.render(digest, DigestText.Style.MARKDOWN);

    List<String> pages = MessageSplitter.split(markdown, MessageSplitter.DISCORD_LIMIT);

    assertThat(markdown.length()).isGreaterThan(10_000);
    assertThat(pages).hasSizeGreaterThan(5).allSatisfy(p -> assertThat(p).hasSizeLessThan(2001));
    String joined = String.join("\n", pages);
    for (long id = 1; id <= 150; id++) {
      assertThat(joined).contains("- #" + id + " Port application number " + id + " ");
    }
  }
}
