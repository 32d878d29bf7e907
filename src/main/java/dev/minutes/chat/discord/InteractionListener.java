package dev.minutes.chat.discord;

import dev.minutes.notes.MinutesException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes slash commands and button clicks through the {@link CommandRegistry}: decides who asked (a
 * maintainer or not: the one place that looks at roles), enforces the command's {@link Permission},
 * and delivers its {@link Answer} (slow work deferred and run on a worker, so the gateway thread
 * stays free).
 */
final class InteractionListener extends ListenerAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(InteractionListener.class);

  private final CommandRegistry registry;
  private volatile String maintainerRoleId;
  private final ExecutorService slowWork;

  /**
   * @param maintainerRoleId the maintainers' role id (see {@link MaintainerRole}); null means
   *     nobody is a maintainer until {@link #trustRole} names one
   */
  InteractionListener(CommandRegistry registry, String maintainerRoleId, ExecutorService slowWork) {
    this.registry = registry;
    this.maintainerRoleId = maintainerRoleId;
    this.slowWork = slowWork;
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    Invoker invoker = invoker(event.getUser().getId(), event.getMember());
    try {
      Optional<SlashCommand> command = registry.command(event.getName());
      if (command.isEmpty()) {
        send(event, Reply.privately("Unknown command /" + event.getName() + "."));
        return;
      }
      Optional<Reply> refused = command.get().permission().refusal(invoker);
      if (refused.isPresent()) {
        send(event, refused.get());
        return;
      }
      deliver(event, command.get().answer(event, invoker));
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
    try {
      Optional<CommandRegistry.Button> button = registry.button(click.get().action());
      if (button.isEmpty()) {
        send(event, Reply.privately("This button is out of date."));
        return;
      }
      Optional<Reply> refused = button.get().permission().refusal(invoker);
      if (refused.isPresent()) {
        send(event, refused.get());
        return;
      }
      Answer answer = button.get().action().click(click.get(), invoker);
      if (answer instanceof Answer.Edit edit) {
        MessageCreateData data =
            MessageParts.of(edit.reply().message(), edit.reply().paging()).get(0);
        event.editMessage(MessageEditData.fromCreateData(data)).queue();
      } else {
        deliver(event, answer);
      }
    } catch (RuntimeException e) {
      fail(event, e);
    }
  }

  private void deliver(IReplyCallback event, Answer answer) {
    if (answer instanceof Answer.Later later) {
      event.deferReply().queue();
      InteractionHook hook = event.getHook();
      slowWork.execute(() -> followUp(hook, later.work()));
    } else if (answer instanceof Answer.Now now) {
      send(event, now.reply());
    } else if (answer instanceof Answer.Edit edit) {
      send(event, edit.reply()); // a slash command has no message of its own to edit
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
      // JDA's own failure log is off (simplelogger.properties): say here that the answer was lost.
      hook.sendMessage(part)
          .queue(
              null,
              e -> LOG.warn("The answer of a deferred command was not sent: {}", e.toString()));
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
}
