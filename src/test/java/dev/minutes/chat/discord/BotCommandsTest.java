package dev.minutes.chat.discord;

import static dev.minutes.chat.discord.BotFixture.CEZAR;
import static dev.minutes.chat.discord.BotFixture.RAZVAN;
import static dev.minutes.chat.discord.BotFixture.STRANGER;
import static dev.minutes.chat.discord.BotFixture.maintainer;
import static dev.minutes.chat.discord.BotFixture.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minutes.items.ItemStatus;
import dev.minutes.items.MemberLink;
import dev.minutes.notes.MinutesException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each command's handler, without JDA, over a real SQLite store. */
class BotCommandsTest {
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

  private SnoozeCommand snooze() {
    return bot.command("snooze", SnoozeCommand.class);
  }

  private IssueCommand issue() {
    return bot.command("issue", IssueCommand.class);
  }

  private TodosCommand todos() {
    return bot.command("todos", TodosCommand.class);
  }

  private MeetingCommand meeting() {
    return bot.command("meeting", MeetingCommand.class);
  }

  private IamCommand iam() {
    return bot.command("iam", IamCommand.class);
  }

  private RemindCommand remind() {
    return bot.command("remind", RemindCommand.class);
  }

  @Test
  void anOwnerMarksTheirItemDoneVisibly() {
    Reply reply = bot.done().change(member(RAZVAN), 1);

    assertThat(reply.ephemeral()).isFalse();
    assertThat(reply.message().text()).startsWith("`#1` is done (by <@111>)");
    assertThat(bot.store.item(1).orElseThrow().status()).isEqualTo(ItemStatus.DONE);
    assertThat(bot.store.history(1)).anyMatch(h -> "discord:111".equals(h.actor()));
  }

  @Test
  void someoneElsesItemIsRefusedPrivatelyAndLeftAsItWas() {
    Reply reply = bot.done().change(member(STRANGER), 1);

    assertThat(reply.ephemeral()).isTrue();
    assertThat(reply.message().text()).contains("Only an owner of `#1` or a maintainer");
    assertThat(bot.store.item(1).orElseThrow().status()).isEqualTo(ItemStatus.OPEN);
  }

  @Test
  void aMaintainerMayChangeAnyItemAndReopenIt() {
    bot.done().change(maintainer(), 2);
    Reply reply = bot.reopen().change(maintainer(), 2);

    assertThat(reply.message().text()).startsWith("`#2` is open again");
    assertThat(bot.store.item(2).orElseThrow().status()).isEqualTo(ItemStatus.OPEN);
  }

  @Test
  void anUnknownItemIsSaidSo() {
    assertThat(bot.done().change(maintainer(), 77).message().text())
        .isEqualTo("There is no item #77.");
  }

  @Test
  void snoozeHoldsRemindersForAWeek() {
    Reply reply = bot.click(ButtonIds.snooze(1), member(RAZVAN));

    assertThat(reply.ephemeral()).isTrue();
    assertThat(bot.store.item(1).orElseThrow().snoozedUntil())
        .isEqualTo(Instant.parse("2024-03-12T09:00:00Z"));
  }

  @Test
  void snoozeForAChosenTimeHoldsRemindersThatLongAndOnlyForOwners() {
    Reply reply = snooze().snooze(member(RAZVAN), 1, java.time.Duration.ofDays(3));
    Reply refused = snooze().snooze(member(STRANGER), 2, java.time.Duration.ofDays(3));

    assertThat(reply.message().text()).isEqualTo("Reminders for `#1` wait until 2024-03-08");
    assertThat(bot.store.item(1).orElseThrow().snoozedUntil())
        .isEqualTo(Instant.parse("2024-03-08T09:00:00Z"));
    assertThat(refused.message().text()).contains("Only an owner of `#2` or a maintainer");
    assertThat(bot.store.item(2).orElseThrow().snoozedUntil()).isNull();
  }

  @Test
  void issueIsOpenedOnlyForOwnersAndMaintainers() {
    assertThat(issue().issue(member(STRANGER), 1).ephemeral()).isTrue();
    assertThat(bot.issuesAskedFor).isEmpty();

    Reply reply = issue().issue(member(RAZVAN), 1);

    assertThat(reply.message().text())
        .isEqualTo("`#1`: https://github.com/unikraft/meeting-notes/issues/1");
    assertThat(bot.issuesAskedFor).containsExactly(1L);
  }

  @Test
  void ingestIsForMaintainersAndMarkdownFilesAndAnnouncesWhatItAdded() {
    IngestCommand ingest = bot.command("ingest", IngestCommand.class);

    assertThat(ingest.permission().refusal(member(RAZVAN)).orElseThrow().message().text())
        .isEqualTo("Only maintainers can ingest notes.");
    assertThat(ingest.permission().refusal(maintainer())).isEmpty();
    assertThat(ingest.ingest("a.pdf", new byte[0]).message().text()).contains(".md");
    assertThat(
            ingest
                .ingest("a.md", BotFixture.NOTES.getBytes(StandardCharsets.UTF_8))
                .message()
                .text())
        .startsWith("notes/a.md: ")
        .contains(" new, 0 changed, 0 removed items.")
        .endsWith(
            "it is keyed notes/a.md (name the upload as its file in the notes repository to update that one).");
    assertThat(bot.store.meetings(null)).extracting(m -> m.source()).contains("notes/a.md");
    assertThat(bot.announcements).isEqualTo(1);
  }

  @Test
  void anUploadNamedLikeAMeetingsFileUpdatesThatMeetingWhereverItLies() {
    bot.ingest(
        "2024/maintainers/2024-03-11.md", BotFixture.NOTES.replace("2024-03-04", "2024-03-11"));
    IngestCommand ingest = bot.command("ingest", IngestCommand.class);
    String edited =
        BotFixture.NOTES.replace("2024-03-04", "2024-03-11").replace("0.16.3", "0.16.4");

    String reply =
        ingest.ingest("2024-03-11.md", edited.getBytes(StandardCharsets.UTF_8)).message().text();

    assertThat(reply)
        .startsWith("2024/maintainers/2024-03-11.md: 0 new, 1 changed")
        .doesNotContain("keyed");
    assertThat(bot.store.meetings(null))
        .extracting(m -> m.source())
        .doesNotContain("notes/2024-03-11.md");
  }

  @Test
  void anUploadWhoseNameSeveralMeetingsHaveIsRefusedNamingThem() {
    bot.ingest("a/x.md", BotFixture.NOTES.replace("2024-03-04", "2024-03-11"));
    bot.ingest("b/x.md", BotFixture.NOTES.replace("2024-03-04", "2024-03-18"));
    IngestCommand ingest = bot.command("ingest", IngestCommand.class);

    assertThatThrownBy(
            () -> ingest.ingest("x.md", BotFixture.NOTES.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MinutesException.class)
        .hasMessageContaining("a/x.md, b/x.md");
  }

  @Test
  void todosListsOpenItemsAndFiltersByLinkedMember() {
    Reply all = todos().todos(null, null, null, 0);
    Reply mine = todos().todos(RAZVAN, null, null, 0);

    assertThat(all.message().text()).startsWith("**Open items** — 2 items");
    assertThat(all.message().itemButtons()).containsExactly(1L, 2L);
    assertThat(mine.message().text())
        .startsWith("**Open items of Răzvan Deaconescu** — 1 item")
        .contains("Create a GitHub project");
    assertThat(mine.paging().query()).isEqualTo("111||open");
  }

  @Test
  void todosOfAnUnlinkedMemberPointsToIam() {
    Reply reply = todos().todos(STRANGER, null, null, 0);

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

    Reply second = todos().page("||open", 1);

    assertThat(second.paging().page()).isEqualTo(1);
    assertThat(second.paging().pages()).isEqualTo(2);
    assertThat(second.message().itemButtons()).hasSize(4);
  }

  @Test
  void meetingSummarisesAgendaDecisionsAndItemsByOwnerWithoutPinging() {
    Reply reply = meeting().meeting("maintainers", "2024-03-04");

    assertThat(reply.message().text())
        .contains("**Agenda**\n• Next release plans")
        .contains("<@111>\n• `#1` Create a GitHub project 0.16.3.");
    assertThat(reply.message().mentionedUserIds()).isEmpty();
    assertThat(meeting().meeting(null, "2020-01-01").message().text())
        .isEqualTo("No meeting found on 2020-01-01.");
    assertThat(meeting().meeting(null, "March").message().text()).contains("yyyy-mm-dd");
  }

  @Test
  void iamLinksAtOnceWhenTheDirectoryHasTheSameDiscordId() {
    iam().iam(member(RAZVAN), "RD", null);

    assertThat(bot.store.memberLink(RAZVAN))
        .contains(new MemberLink(RAZVAN, "Răzvan Deaconescu", "directory"));
  }

  @Test
  void iamWaitsForAMaintainerOtherwiseAndThenGrantsOwnership() {
    Reply asked = iam().iam(member(CEZAR), "Cezar", null);

    assertThat(asked.message().text()).contains("A maintainer confirms");
    assertThat(bot.done().change(member(CEZAR), 2).ephemeral()).isTrue();
    assertThat(iam().iam(member(STRANGER), "Cezar", CEZAR).message().text())
        .isEqualTo("Only maintainers can link someone else.");

    iam().iam(maintainer(), "CC", CEZAR);

    assertThat(bot.store.memberLink(CEZAR).orElseThrow().confirmed()).isTrue();
    assertThat(bot.done().change(member(CEZAR), 2).ephemeral()).isFalse();
    assertThat(meeting().meeting(null, null).message().text()).contains("<@222>");
  }

  @Test
  void iamRefusesANameThatIsNotOnePerson() {
    assertThat(iam().iam(member(STRANGER), "Nobody", null).message().text())
        .contains("not one person");
  }

  @Test
  void digestIsAPrivatePreview() {
    Reply reply = bot.command("digest", DigestCommand.class).preview();

    assertThat(reply.ephemeral()).isTrue();
    assertThat(reply.message().text()).isEqualTo("# Weekly digest (preview)");
  }

  @Test
  void aLinkedMemberTurnsTheirOwnRemindersOffAndOnAgain() {
    Reply off = remind().remind(member(RAZVAN), false);

    assertThat(off.ephemeral()).isTrue();
    assertThat(bot.store.reminderOptOuts()).containsExactly("Răzvan Deaconescu");
    remind().remind(member(RAZVAN), true);
    assertThat(bot.store.reminderOptOuts()).isEmpty();
  }

  @Test
  void anUnlinkedMemberIsAskedToLinkBeforeChangingReminders() {
    Reply reply = remind().remind(member(STRANGER), false);

    assertThat(reply.message().text()).contains("/iam");
    assertThat(bot.store.reminderOptOuts()).isEmpty();
  }
}
