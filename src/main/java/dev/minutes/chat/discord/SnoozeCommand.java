package dev.minutes.chat.discord;

import dev.minutes.config.Config;
import dev.minutes.items.Items;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /snooze id duration}, and the Snooze button (a week): the item's reminders wait. */
final class SnoozeCommand implements SlashCommand {
  static final Duration BUTTON_SNOOZE = Duration.ofDays(7);

  private final ItemAccess access;
  private final Items items;
  private final Clock clock;

  SnoozeCommand(ItemAccess access, Items items, Clock clock) {
    this.access = access;
    this.items = items;
    this.clock = clock;
  }

  @Override
  public SlashCommandData definition() {
    return Commands.slash("snooze", "Hold an action item's reminders for a while")
        .addOptions(
            Options.itemId(),
            new OptionData(OptionType.STRING, "duration", "How long: 12h, 3d, 2w or P10D", true));
  }

  @Override
  public Answer answer(SlashCommandInteractionEvent event, Invoker invoker) {
    String length = Options.string(event, "duration");
    Optional<Duration> duration =
        Config.parseDuration(length).filter(d -> !d.isNegative() && !d.isZero());
    if (duration.isEmpty()) {
      return Answer.now(
          Reply.privately("`" + length + "` is not a duration: use 12h, 3d, 2w or P10D."));
    }
    return Answer.now(snooze(invoker, Options.itemId(event), duration.get()));
  }

  @Override
  public Map<String, ButtonAction> buttons() {
    return Map.of(
        ButtonIds.SNOOZE,
        (click, invoker) -> Answer.now(snooze(invoker, click.number(), BUTTON_SNOOZE)));
  }

  Reply snooze(Invoker invoker, long id, Duration length) {
    ItemAccess.Checked checked = access.check(invoker, id);
    if (checked.refused().isPresent()) {
      return checked.refusal();
    }
    var until = clock.instant().plus(length);
    items.snooze(id, until, "discord:" + invoker.userId(), clock.instant());
    return Reply.privately(
        "Reminders for `#" + id + "` wait until " + LocalDate.ofInstant(until, clock.getZone()));
  }
}
