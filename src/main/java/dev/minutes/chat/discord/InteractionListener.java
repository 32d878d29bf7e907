package dev.minutes.chat.discord;

import dev.minutes.config.Config;
import dev.minutes.items.ItemStatus;
import dev.minutes.notes.MinutesException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns slash commands and button clicks into {@link BotActions} and sends the replies. Commands
 * that call GitHub or download a file are deferred first, since Discord waits only three seconds
 * for an answer, and run on a worker so the gateway thread stays free.
 */
final class InteractionListener extends ListenerAdapter {
  static final int MAX_NOTES_BYTES = 1 << 20;
  private static final Logger LOG = LoggerFactory.getLogger(InteractionListener.class);

  private final BotActions actions;
  private volatile String maintainerRoleId;
  private final ExecutorService slowWork;
  private final Runnable afterIngest;

  /**
   * @param maintainerRoleId the maintainers' role id (see {@link MaintainerRole}); null means
   *     nobody is a maintainer until {@link #trustRole} names one
   * @param afterIngest posts announcements after a /ingest
   */
  InteractionListener(
      BotActions actions, String maintainerRoleId, ExecutorService slowWork, Runnable afterIngest) {
    this.actions = actions;
    this.maintainerRoleId = maintainerRoleId;
    this.slowWork = slowWork;
    this.afterIngest = afterIngest;
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    Invoker invoker = invoker(event.getUser().getId(), event.getMember());
    try {
      switch (event.getName()) {
        case "todos" ->
            send(
                event,
                actions.todos(
                    userOption(event.getOption("member")),
                    stringOption(event.getOption("team")),
                    stringOption(event.getOption("status")),
                    0));
        case "done" -> send(event, actions.setStatus(invoker, itemId(event), ItemStatus.DONE));
        case "reopen" -> send(event, actions.setStatus(invoker, itemId(event), ItemStatus.OPEN));
        case "meeting" ->
            send(
                event,
                actions.meeting(
                    stringOption(event.getOption("team")), stringOption(event.getOption("date"))));
        case "issue" -> openIssue(event, invoker, itemId(event));
        case "snooze" -> snooze(event, invoker);
        case "digest" -> send(event, actions.digest());
        case "remind" ->
            send(
                event,
                actions.remind(invoker, "on".equals(stringOption(event.getOption("state")))));
        case "ingest" -> ingest(event, invoker);
        case "iam" ->
            send(
                event,
                actions.iam(
                    invoker,
                    stringOption(event.getOption("person")),
                    userOption(event.getOption("member"))));
        default -> send(event, Reply.privately("Unknown command /" + event.getName() + "."));
      }
    } catch (RuntimeException e) {
      fail(event, e);
    }
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    var click = ButtonIds.parse(event.getComponentId());
    if (click.isEmpty()) {
      return; // another bot's button
    }
    Invoker invoker = invoker(event.getUser().getId(), event.getMember());
    long number = click.get().number();
    try {
      switch (click.get().action()) {
        case "done" -> send(event, actions.setStatus(invoker, number, ItemStatus.DONE));
        case "snooze" -> send(event, actions.snooze(invoker, number));
        case "issue" -> openIssue(event, invoker, number);
        case "page" -> {
          Reply page = actions.todosPage(click.get().query(), (int) number);
          if (page.paging() == null) {
            send(event, page);
          } else {
            MessageCreateData data = MessageParts.of(page.message(), page.paging()).get(0);
            event.editMessage(MessageEditData.fromCreateData(data)).queue();
          }
        }
        default -> send(event, Reply.privately("This button is out of date."));
      }
    } catch (RuntimeException e) {
      fail(event, e);
    }
  }

  private void snooze(SlashCommandInteractionEvent event, Invoker invoker) {
    String length = stringOption(event.getOption("duration"));
    Optional<Duration> duration =
        Config.parseDuration(length).filter(d -> !d.isNegative() && !d.isZero());
    if (duration.isEmpty()) {
      send(event, Reply.privately("`" + length + "` is not a duration: use 12h, 3d, 2w or P10D."));
      return;
    }
    send(event, actions.snooze(invoker, itemId(event), duration.get()));
  }

  private void openIssue(IReplyCallback event, Invoker invoker, long id) {
    var refusal = actions.refusal(invoker, id);
    if (refusal.isPresent()) {
      send(event, refusal.get());
      return;
    }
    event.deferReply().queue();
    InteractionHook hook = event.getHook();
    slowWork.execute(() -> followUp(hook, () -> actions.issue(invoker, id)));
  }

  private void ingest(SlashCommandInteractionEvent event, Invoker invoker) {
    Message.Attachment file = event.getOption("notes", OptionMapping::getAsAttachment);
    if (!invoker.maintainer()) {
      send(event, Reply.privately("Only maintainers can ingest notes."));
      return;
    }
    if (file == null || file.getSize() > MAX_NOTES_BYTES) {
      send(event, Reply.privately("Attach one .md notes file of at most 1 MiB."));
      return;
    }
    event.deferReply().queue();
    InteractionHook hook = event.getHook();
    slowWork.execute(
        () ->
            followUp(
                hook,
                () -> {
                  Reply reply = actions.ingest(invoker, file.getFileName(), download(file));
                  afterIngest.run();
                  return reply;
                }));
  }

  private static byte[] download(Message.Attachment file) {
    try (InputStream in = file.getProxy().download().join()) {
      return in.readNBytes(MAX_NOTES_BYTES + 1);
    } catch (IOException e) {
      throw new MinutesException(file.getFileName(), "cannot download the attachment", null);
    }
  }

  /** Runs slow work and sends its reply through the deferred interaction's hook. */
  private static void followUp(InteractionHook hook, Supplier<Reply> work) {
    Reply reply;
    try {
      reply = work.get();
    } catch (RuntimeException e) {
      LOG.warn("A deferred command failed", e);
      reply = Reply.privately("That did not work: " + describe(e));
    }
    for (MessageCreateData part : MessageParts.of(reply.message(), reply.paging())) {
      hook.sendMessage(part).queue();
    }
  }

  /** Sends a reply, splitting it into follow-ups when it is longer than one message. */
  static void send(IReplyCallback event, Reply reply) {
    List<MessageCreateData> parts = MessageParts.of(reply.message(), reply.paging());
    event.reply(parts.get(0)).setEphemeral(reply.ephemeral()).queue();
    for (MessageCreateData part : parts.subList(1, parts.size())) {
      event.getHook().sendMessage(part).setEphemeral(reply.ephemeral()).queue();
    }
  }

  private static void fail(IReplyCallback event, RuntimeException e) {
    if (!(e instanceof MinutesException)) {
      LOG.warn("Command failed", e);
    }
    if (!event.isAcknowledged()) {
      send(event, Reply.privately("That did not work: " + describe(e)));
    }
  }

  private static String describe(RuntimeException e) {
    return e instanceof MinutesException user ? user.describe() : "an internal error (logged).";
  }

  /** Once the guild is known: members with this role id are maintainers, by id only. */
  void trustRole(String roleId) {
    maintainerRoleId = roleId;
  }

  Invoker invoker(String userId, Member member) {
    String roleId = maintainerRoleId;
    boolean maintainer =
        roleId != null
            && member != null
            && member.getRoles().stream().anyMatch(r -> r.getId().equals(roleId));
    return new Invoker(userId, maintainer);
  }

  private static long itemId(SlashCommandInteractionEvent event) {
    return event.getOption("id", OptionMapping::getAsLong);
  }

  private static String stringOption(OptionMapping option) {
    return option == null ? null : option.getAsString();
  }

  private static String userOption(OptionMapping option) {
    return option == null ? null : option.getAsUser().getId();
  }
}
