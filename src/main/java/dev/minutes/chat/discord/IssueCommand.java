package dev.minutes.chat.discord;

import dev.minutes.chat.ChatMessage;
import java.util.Map;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * {@code /issue id} and the Open issue button: the OpenIssues use case. A refusal is said at once;
 * the issue itself is opened on the worker, since GitHub may take longer than Discord waits.
 */
final class IssueCommand implements SlashCommand {
  private final ItemAccess access;
  private final ItemIssues issues;

  IssueCommand(ItemAccess access, ItemIssues issues) {
    this.access = access;
    this.issues = issues;
  }

  @Override
  public SlashCommandData definition() {
    return Commands.slash("issue", "Open the GitHub issue of an action item now")
        .addOptions(Options.itemId());
  }

  @Override
  public Answer answer(SlashCommandInteractionEvent event, Invoker invoker) {
    return open(invoker, Options.itemId(event));
  }

  @Override
  public Map<String, ButtonAction> buttons() {
    return Map.of(ButtonIds.ISSUE, (click, invoker) -> open(invoker, click.number()));
  }

  Answer open(Invoker invoker, long id) {
    ItemAccess.Checked checked = access.check(invoker, id);
    if (checked.refused().isPresent()) {
      return Answer.now(checked.refusal());
    }
    return Answer.later(() -> issue(invoker, id));
  }

  /** Checks again on the worker: the item may have changed hands meanwhile. */
  Reply issue(Invoker invoker, long id) {
    ItemAccess.Checked checked = access.check(invoker, id);
    if (checked.refused().isPresent()) {
      return checked.refusal();
    }
    return Reply.visible(
        ChatMessage.plain("`#" + id + "`: " + UseCaseReplies.issue(issues.open(checked.item()))));
  }
}
