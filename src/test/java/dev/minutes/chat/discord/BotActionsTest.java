package dev.minutes.chat.discord;

import static dev.minutes.chat.discord.BotFixture.CEZAR;
import static dev.minutes.chat.discord.BotFixture.RAZVAN;
import static dev.minutes.chat.discord.BotFixture.STRANGER;
import static dev.minutes.chat.discord.BotFixture.maintainer;
import static dev.minutes.chat.discord.BotFixture.member;
import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.items.ItemStatus;
import dev.minutes.items.MemberLink;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BotActionsTest {
  @TempDir Path folder;
  BotFixture bot;

  @BeforeEach
  void start() {
    bot = new BotFixture(folder);
  }

  @AfterEach
  void stop() {
    bot.close();
  }

  @Test
  void anOwnerMarksTheirItemDoneVisibly() {
    Reply reply = bot.actions.setStatus(member(RAZVAN), 1, ItemStatus.DONE);

    assertThat(reply.ephemeral()).isFalse();
    assertThat(reply.message().text()).startsWith("`#1` is done (by <@111>)");
    assertThat(bot.store.item(1).orElseThrow().status()).isEqualTo(ItemStatus.DONE);
    assertThat(bot.store.history(1)).anyMatch(h -> "discord:111".equals(h.actor()));
  }

  @Test
  void someoneElsesItemIsRefusedPrivatelyAndLeftAsItWas() {
    Reply reply = bot.actions.setStatus(member(STRANGER), 1, ItemStatus.DONE);

    assertThat(reply.ephemeral()).isTrue();
    assertThat(reply.message().text()).contains("Only an owner of `#1` or a maintainer");
    assertThat(bot.store.item(1).orElseThrow().status()).isEqualTo(ItemStatus.OPEN);
  }

  @Test
  void aMaintainerMayChangeAnyItemAndReopenIt() {
    bot.actions.setStatus(maintainer(), 2, ItemStatus.DONE);
    Reply reply = bot.actions.setStatus(maintainer(), 2, ItemStatus.OPEN);

    assertThat(reply.message().text()).startsWith("`#2` is open again");
    assertThat(bot.store.item(2).orElseThrow().status()).isEqualTo(ItemStatus.OPEN);
  }

  @Test
  void anUnknownItemIsSaidSo() {
    assertThat(bot.actions.setStatus(maintainer(), 77, ItemStatus.DONE).message().text())
        .isEqualTo("There is no item #77.");
  }

  @Test
  void snoozeHoldsRemindersForAWeek() {
    Reply reply = bot.actions.snooze(member(RAZVAN), 1);

    assertThat(reply.ephemeral()).isTrue();
    assertThat(bot.store.item(1).orElseThrow().snoozedUntil())
        .isEqualTo(Instant.parse("2024-03-12T09:00:00Z"));
  }

  @Test
  void snoozeForAChosenTimeHoldsRemindersThatLongAndOnlyForOwners() {
    Reply reply = bot.actions.snooze(member(RAZVAN), 1, java.time.Duration.ofDays(3));
    Reply refused = bot.actions.snooze(member(STRANGER), 2, java.time.Duration.ofDays(3));

    assertThat(reply.message().text()).isEqualTo("Reminders for `#1` wait until 2024-03-08");
    assertThat(bot.store.item(1).orElseThrow().snoozedUntil())
        .isEqualTo(Instant.parse("2024-03-08T09:00:00Z"));
    assertThat(refused.message().text()).contains("Only an owner of `#2` or a maintainer");
    assertThat(bot.store.item(2).orElseThrow().snoozedUntil()).isNull();
  }

  @Test
  void issueIsOpenedOnlyForOwnersAndMaintainers() {
    assertThat(bot.actions.issue(member(STRANGER), 1).ephemeral()).isTrue();
    assertThat(bot.issuesAskedFor).isEmpty();

    Reply reply = bot.actions.issue(member(RAZVAN), 1);

    assertThat(reply.message().text())
        .isEqualTo("`#1`: https://github.com/unikraft/meeting-notes/issues/1");
    assertThat(bot.issuesAskedFor).containsExactly(1L);
  }

  @Test
  void ingestIsForMaintainersAndMarkdownFiles() {
    assertThat(bot.actions.ingest(member(RAZVAN), "a.md", new byte[0]).message().text())
        .isEqualTo("Only maintainers can ingest notes.");
    assertThat(bot.actions.ingest(maintainer(), "a.pdf", new byte[0]).message().text())
        .contains(".md");
    assertThat(
            bot.actions
                .ingest(maintainer(), "a.md", BotFixture.NOTES.getBytes(StandardCharsets.UTF_8))
                .message()
                .text())
        .startsWith("notes/a.md: ")
        .endsWith(" new, 0 changed, 0 removed items.");
    assertThat(bot.store.meetings(null)).extracting(m -> m.source()).contains("notes/a.md");
  }

  @Test
  void todosListsOpenItemsAndFiltersByLinkedMember() {
    Reply all = bot.actions.todos(null, null, null, 0);
    Reply mine = bot.actions.todos(RAZVAN, null, null, 0);

    assertThat(all.message().text()).startsWith("**Open items** — 2 items");
    assertThat(all.message().itemButtons()).containsExactly(1L, 2L);
    assertThat(mine.message().text())
        .startsWith("**Open items of Răzvan Deaconescu** — 1 item")
        .contains("Create a GitHub project");
    assertThat(mine.paging().query()).isEqualTo("111||open");
  }

  @Test
  void todosOfAnUnlinkedMemberPointsToIam() {
    Reply reply = bot.actions.todos(STRANGER, null, null, 0);

    assertThat(reply.ephemeral()).isTrue();
    assertThat(reply.message().text()).contains("/iam");
  }

  @Test
  void todosPagesFollowTheQueryInTheButton() {
    for (int i = 0; i < 3; i++) {
      bot.ingest(
          "notes/more-" + i + ".md",
          BotFixture.NOTES.replace("2024-03-04", "2024-03-1" + i).replace("0.16.3", "0.17." + i));
    }

    Reply second = bot.actions.todosPage("||open", 1);

    assertThat(second.paging().page()).isEqualTo(1);
    assertThat(second.paging().pages()).isEqualTo(2);
    assertThat(second.message().itemButtons()).hasSize(4);
  }

  @Test
  void meetingSummarisesAgendaDecisionsAndItemsByOwnerWithoutPinging() {
    Reply reply = bot.actions.meeting("maintainers", "2024-03-04");

    assertThat(reply.message().text())
        .contains("**Agenda**\n• Next release plans")
        .contains("<@111>\n• `#1` Create a GitHub project 0.16.3.");
    assertThat(reply.message().mentionedUserIds()).isEmpty();
    assertThat(bot.actions.meeting(null, "2020-01-01").message().text())
        .isEqualTo("No meeting found on 2020-01-01.");
    assertThat(bot.actions.meeting(null, "March").message().text()).contains("yyyy-mm-dd");
  }

  @Test
  void iamLinksAtOnceWhenTheDirectoryHasTheSameDiscordId() {
    bot.actions.iam(member(RAZVAN), "RD", null);

    assertThat(bot.store.memberLink(RAZVAN))
        .contains(new MemberLink(RAZVAN, "Răzvan Deaconescu", "directory"));
  }

  @Test
  void iamWaitsForAMaintainerOtherwiseAndThenGrantsOwnership() {
    Reply asked = bot.actions.iam(member(CEZAR), "Cezar", null);

    assertThat(asked.message().text()).contains("A maintainer confirms");
    assertThat(bot.actions.setStatus(member(CEZAR), 2, ItemStatus.DONE).ephemeral()).isTrue();
    assertThat(bot.actions.iam(member(STRANGER), "Cezar", CEZAR).message().text())
        .isEqualTo("Only maintainers can link someone else.");

    bot.actions.iam(maintainer(), "CC", CEZAR);

    assertThat(bot.store.memberLink(CEZAR).orElseThrow().confirmed()).isTrue();
    assertThat(bot.actions.setStatus(member(CEZAR), 2, ItemStatus.DONE).ephemeral()).isFalse();
    assertThat(bot.actions.meeting(null, null).message().text()).contains("<@222>");
  }

  @Test
  void iamRefusesANameThatIsNotOnePerson() {
    assertThat(bot.actions.iam(member(STRANGER), "Nobody", null).message().text())
        .contains("not one person");
  }

  @Test
  void digestIsAPrivatePreview() {
    Reply reply = bot.actions.digest();

    assertThat(reply.ephemeral()).isTrue();
    assertThat(reply.message().text()).isEqualTo("# Weekly digest (preview)");
  }

  @Test
  void aLinkedMemberTurnsTheirOwnRemindersOffAndOnAgain() {
    Reply off = bot.actions.remind(member(RAZVAN), false);

    assertThat(off.ephemeral()).isTrue();
    assertThat(bot.store.reminderOptOuts()).containsExactly("Răzvan Deaconescu");
    bot.actions.remind(member(RAZVAN), true);
    assertThat(bot.store.reminderOptOuts()).isEmpty();
  }

  @Test
  void anUnlinkedMemberIsAskedToLinkBeforeChangingReminders() {
    Reply reply = bot.actions.remind(member(STRANGER), false);

    assertThat(reply.message().text()).contains("/iam");
    assertThat(bot.store.reminderOptOuts()).isEmpty();
  }
}
