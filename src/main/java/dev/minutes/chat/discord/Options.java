package dev.minutes.chat.discord;

import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;

/** The options the commands share, and reading any option of a command as a plain value. */
final class Options {
  static final String ITEM_ID = "id";

  private Options() {}

  /** The item an item command acts on. */
  static OptionData itemId() {
    return new OptionData(OptionType.INTEGER, ITEM_ID, "The item number, as /todos shows it", true)
        .setMinValue(1);
  }

  static long itemId(SlashCommandInteractionEvent event) {
    return event.getOption(ITEM_ID, OptionMapping::getAsLong);
  }

  /** A text option, or null when not given. */
  static String string(SlashCommandInteractionEvent event, String name) {
    OptionMapping option = event.getOption(name);
    return option == null ? null : option.getAsString();
  }

  /** A member option's user id, or null when not given. */
  static String user(SlashCommandInteractionEvent event, String name) {
    OptionMapping option = event.getOption(name);
    return option == null ? null : option.getAsUser().getId();
  }
}
