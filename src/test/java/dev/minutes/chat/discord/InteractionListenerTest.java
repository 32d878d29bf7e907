package dev.minutes.chat.discord;

import static dev.minutes.chat.discord.BotFixture.MAINTAINER;
import static dev.minutes.chat.discord.BotFixture.RAZVAN;
import static dev.minutes.chat.discord.BotFixture.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.minutes.items.ItemStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.interactions.MessageEditCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

/** The listener with Mockito-mocked JDA events over a real SQLite store. */
class InteractionListenerTest {
  @TempDir Path folder;
  BotFixture bot;
  ExecutorService worker = Executors.newSingleThreadExecutor();
  InteractionListener listener;
  ReplyCallbackAction replyAction = mock(ReplyCallbackAction.class, RETURNS_SELF);
  WebhookMessageCreateAction<?> followUp = mock(WebhookMessageCreateAction.class, RETURNS_SELF);
  InteractionHook hook = mock(InteractionHook.class);

  @BeforeEach
  void start() {
    bot = new BotFixture(folder);
    listener = new InteractionListener(bot.registry, "42", worker);
  }

  @AfterEach
  void stop() {
    worker.shutdownNow();
    bot.close();
  }

  private SlashCommandInteractionEvent slash(String name, String userId, boolean maintainer) {
    SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
    when(event.getName()).thenReturn(name);
    User user = mock(User.class);
    when(user.getId()).thenReturn(userId);
    when(event.getUser()).thenReturn(user);
    Member member = mock(Member.class);
    Role role = mock(Role.class);
    when(role.getId()).thenReturn(maintainer ? "42" : "43");
    when(role.getName()).thenReturn("Maintainers"); // a look-alike role for everyone else
    when(member.getRoles()).thenReturn(List.of(role));
    when(event.getMember()).thenReturn(member);
    when(event.reply(any(MessageCreateData.class))).thenReturn(replyAction);
    when(event.getHook()).thenReturn(hook);
    doReturnFollowUp();
    when(event.deferReply()).thenReturn(replyAction);
    return event;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void doReturnFollowUp() {
    when(hook.sendMessage(any(MessageCreateData.class)))
        .thenReturn((WebhookMessageCreateAction) followUp);
  }

  private static void option(SlashCommandInteractionEvent event, String name, long value) {
    OptionMapping option = mock(OptionMapping.class);
    when(option.getAsLong()).thenReturn(value);
    when(event.getOption(eq(name))).thenReturn(option);
    when(event.getOption(eq(name), any())).thenAnswer(i -> value);
  }

  @Test
  void doneByTheOwnerRepliesVisiblyAndAllowsNoMentionTypeButTheListedUsers() {
    SlashCommandInteractionEvent event = slash("done", RAZVAN, false);
    option(event, "id", 1);

    listener.onSlashCommandInteraction(event);

    ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
    verify(event).reply(sent.capture());
    verify(replyAction).setEphemeral(false);
    verify(replyAction).queue();
    assertThat(sent.getValue().getContent()).startsWith("`#1` is done");
    assertThat(sent.getValue().getAllowedMentions()).isEmpty();
    assertThat(bot.store.item(1).orElseThrow().status()).isEqualTo(ItemStatus.DONE);
  }

  @Test
  void aRefusalIsEphemeral() {
    SlashCommandInteractionEvent event = slash("done", STRANGER, false);
    option(event, "id", 1);

    listener.onSlashCommandInteraction(event);

    verify(replyAction).setEphemeral(true);
    assertThat(bot.store.item(1).orElseThrow().status()).isEqualTo(ItemStatus.OPEN);
  }

  @Test
  void ingestIsRefusedToANonMaintainerBeforeAnythingIsDownloaded() {
    SlashCommandInteractionEvent event = slash("ingest", RAZVAN, false);

    listener.onSlashCommandInteraction(event);

    ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
    verify(event).reply(sent.capture());
    verify(replyAction).setEphemeral(true);
    verify(event, never()).deferReply();
    verify(event, never()).getOption(eq("notes"), any());
    assertThat(sent.getValue().getContent()).isEqualTo("Only maintainers can ingest notes.");
  }

  @Test
  void theMaintainerRoleIsRecognisedById() {
    SlashCommandInteractionEvent event = slash("done", MAINTAINER, true);
    option(event, "id", 2);

    listener.onSlashCommandInteraction(event);

    verify(replyAction).setEphemeral(false);
    assertThat(bot.store.item(2).orElseThrow().status()).isEqualTo(ItemStatus.DONE);
  }

  @Test
  void aRoleThatOnlySharesTheMaintainersNameGrantsNothing() {
    SlashCommandInteractionEvent event = slash("done", MAINTAINER, false);
    option(event, "id", 2);

    listener.onSlashCommandInteraction(event);

    verify(replyAction).setEphemeral(true);
    assertThat(bot.store.item(2).orElseThrow().status()).isEqualTo(ItemStatus.OPEN);
  }

  @Test
  void issueIsDeferredAndAnsweredThroughTheHook() throws Exception {
    SlashCommandInteractionEvent event = slash("issue", RAZVAN, false);
    option(event, "id", 1);

    listener.onSlashCommandInteraction(event);
    worker.shutdown();
    assertThat(worker.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

    verify(event).deferReply();
    verify(event, never()).reply(any(MessageCreateData.class));
    ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
    verify(hook).sendMessage(sent.capture());
    assertThat(sent.getValue().getContent())
        .isEqualTo("`#1`: https://github.com/unikraft/meeting-notes/issues/1");
  }

  @Test
  void theNextPageButtonEditsTheListInPlace() {
    for (int i = 0; i < 3; i++) {
      bot.ingest(
          "notes/more-" + i + ".md",
          BotFixture.NOTES.replace("2024-03-04", "2024-03-1" + i).replace("0.16.3", "0.17." + i));
    }
    ButtonInteractionEvent click = mock(ButtonInteractionEvent.class);
    User user = mock(User.class);
    when(user.getId()).thenReturn(STRANGER);
    when(click.getUser()).thenReturn(user);
    when(click.getComponentId()).thenReturn(ButtonIds.page(1, "||open"));
    MessageEditCallbackAction edit = mock(MessageEditCallbackAction.class, RETURNS_SELF);
    when(click.editMessage(any(MessageEditData.class))).thenReturn(edit);

    listener.onButtonInteraction(click);

    ArgumentCaptor<MessageEditData> edited = ArgumentCaptor.forClass(MessageEditData.class);
    verify(click).editMessage(edited.capture());
    verify(edit).queue();
    assertThat(edited.getValue().getContent()).contains("page 2/2");
    assertThat(edited.getValue().getComponents()).hasSize(5); // four items and the paging row
  }

  @Test
  void theDoneButtonOfSomeoneElsesItemIsRefusedPrivately() {
    ButtonInteractionEvent click = mock(ButtonInteractionEvent.class);
    User user = mock(User.class);
    when(user.getId()).thenReturn(STRANGER);
    when(click.getUser()).thenReturn(user);
    when(click.getComponentId()).thenReturn(ButtonIds.done(1));
    when(click.reply(any(MessageCreateData.class))).thenReturn(replyAction);

    listener.onButtonInteraction(click);

    verify(replyAction).setEphemeral(true);
    verify(replyAction, never()).setEphemeral(false);
    assertThat(bot.store.item(1).orElseThrow().status()).isEqualTo(ItemStatus.OPEN);
  }
}
