package dev.minutes.chat.discord;

import dev.minutes.application.ChangeItemStatus;
import dev.minutes.chat.ChatMessage;
import dev.minutes.chat.DiscordMarkdown;
import dev.minutes.items.ItemStatus;
import dev.minutes.items.TrackedItem;
import java.util.Map;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * {@code /done id} and {@code /reopen id} (and the Done button): the ChangeItemStatus use case,
 * which also closes the item's issue when {@code github.close-on-done} says so.
 */
final class StatusCommand implements SlashCommand {
  private final ItemStatus status;
  private final ItemAccess access;
  private final ChangeItemStatus change;

  private StatusCommand(ItemStatus status, ItemAccess access, ChangeItemStatus change) {
    this.status = status;
    this.access = access;
    this.change = change;
  }

  static StatusCommand done(ItemAccess access, ChangeItemStatus change) {
    return new StatusCommand(ItemStatus.DONE, access, change);
  }

  static StatusCommand reopen(ItemAccess access, ChangeItemStatus change) {
    return new StatusCommand(ItemStatus.OPEN, access, change);
  }

  @Override
  public SlashCommandData definition() {
    return status == ItemStatus.DONE
        ? Commands.slash("done", "Mark an action item done").addOptions(Options.itemId())
        : Commands.slash("reopen", "Open a done action item again").addOptions(Options.itemId());
  }

  @Override
  public Answer answer(SlashCommandInteractionEvent event, Invoker invoker) {
    return Answer.now(change(invoker, Options.itemId(event)));
  }

  @Override
  public Map<String, ButtonAction> buttons() {
    return status == ItemStatus.DONE
        ? Map.of(ButtonIds.DONE, (click, invoker) -> Answer.now(change(invoker, click.number())))
        : Map.of();
  }

  Reply change(Invoker invoker, long id) {
    ItemAccess.Checked checked = access.check(invoker, id);
    if (checked.refused().isPresent()) {
      return checked.refusal();
    }
    ChangeItemStatus.Result changed = change.change(id, status, "discord:" + invoker.userId());
    String verb = status == ItemStatus.DONE ? "done" : "open again";
    String issue = changed.issue().map(closing -> "\n" + closing.describe()).orElse("");
    return Reply.visible(
        ChatMessage.plain(
            "`#"
                + id
                + "` is "
                + verb
                + " (by "
                + DiscordMarkdown.mention(invoker.userId())
                + "): "
                + brief(changed.item())
                + issue));
  }

  private static String brief(TrackedItem item) {
    String text = item.text();
    return DiscordMarkdown.escape(text.length() > 200 ? text.substring(0, 199) + "…" : text);
  }
}
