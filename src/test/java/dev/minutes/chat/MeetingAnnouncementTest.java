package dev.minutes.chat;

import static dev.minutes.chat.Items.item;
import static dev.minutes.chat.Items.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.items.TrackedItem;
import dev.minutes.notes.Decision;
import dev.minutes.notes.Owner;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.people.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeetingAnnouncementTest {
  private static final PeopleDirectory PEOPLE =
      PeopleDirectory.of(
          List.of(
              new Person("Răzvan Deaconescu", List.of("RD"), List.of("RăzvanD"), null, "111"),
              new Person("Cezar Crăciunoiu", List.of("CC"), List.of("Cezar"), null, null)));

  private final MeetingAnnouncement announcement =
      new MeetingAnnouncement(
          new ChatMembers(PEOPLE, Map.of()),
          "https://github.com/unikraft/meeting-notes/blob/main/");

  @Test
  void listsDecisionsAndItemsByOwnerWithMentionsOfLinkedMembersAndIssueLinks() {
    ChatMessage message =
        announcement.render(
            meeting(List.of(new Decision("Release 0.16.3 on Friday", 20))),
            List.of(
                item(1, "Create a GitHub project", new Owner("RD", "RăzvanD")),
                item(2, "Look into nightly builds", new Owner("CC", "Cezar")),
                item(3, "Write the release notes", new Owner("RD", "RăzvanD"))),
            Map.of(1L, "https://github.com/unikraft/meeting-notes/issues/7"));

    assertThat(message.text())
        .startsWith("📝 **Maintainers Meeting** — 2024-03-04 (maintainers)")
        .contains("Notes: <https://github.com/unikraft/meeting-notes/blob/main/notes/")
        .contains("**Decisions**\n• Release 0.16.3 on Friday")
        .contains(
            "<@111>\n• `#1` Create a GitHub project —"
                + " <https://github.com/unikraft/meeting-notes/issues/7>\n"
                + "• `#3` Write the release notes\n"
                + "**CC** (Cezar Crăciunoiu)\n• `#2` Look into nightly builds");
    assertThat(message.mentionedUserIds()).containsExactly("111");
    assertThat(message.itemButtons()).containsExactly(1L, 2L, 3L);
  }

  @Test
  void aConfirmedLinkMentionsAnOwnerTheDirectoryHasNoIdFor() {
    MeetingAnnouncement linked =
        new MeetingAnnouncement(new ChatMembers(PEOPLE, Map.of("222", "Cezar")), null);

    ChatMessage message =
        linked.render(
            meeting(List.of()), List.of(item(2, "Nightly", new Owner("CC", "Cezar"))), Map.of());

    assertThat(message.text()).contains("<@222>\n• `#2` Nightly");
    assertThat(message.mentionedUserIds()).containsExactly("222");
  }

  @Test
  void textFromNotesCannotPingOrRestyle() {
    ChatMessage message =
        announcement.render(
            meeting(List.of(new Decision("@everyone **read** <@&99>", 3))),
            List.of(item(1, "tell @here", new Owner("@everyone", null))),
            Map.of());

    assertThat(message.text()).doesNotContain("@everyone", "@here", "<@&", "**read**");
    assertThat(message.mentionedUserIds()).isEmpty();
  }

  @Test
  void announcesThreeHundredFiveThousandCharacterItemsCompletelyWithinDiscordsLimit() {
    List<TrackedItem> items = new ArrayList<>();
    for (int i = 1; i <= 300; i++) {
      String text = ("item" + i + " ") + "lorem ipsum dolor sit amet ".repeat(200);
      items.add(item(i, text.substring(0, 5000), new Owner("O" + (i % 7), null)));
    }

    ChatMessage message = announcement.render(meeting(List.of()), items, Map.of());
    List<String> parts = MessageSplitter.split(message.text(), MessageSplitter.DISCORD_LIMIT);

    assertThat(parts).allSatisfy(p -> assertThat(p.length()).isBetween(1, 2000));
    String joined = String.join(" ", parts).replace('\n', ' ');
    String words = joined.replaceAll("\\s+", " ");
    for (TrackedItem item : items) {
      assertThat(words)
          .contains("`#" + item.id() + "` " + item.text().replaceAll("\\s+", " ").strip());
    }
    assertThat(parts.size()).isGreaterThanOrEqualTo(300 * 5000 / 2000);
    assertThat(message.itemButtons()).isEmpty(); // too many for buttons: the text says /done ID
    assertThat(message.text()).contains("/done ID");
  }
}
