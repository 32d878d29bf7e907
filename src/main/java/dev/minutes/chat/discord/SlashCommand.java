package dev.minutes.chat.discord;

import java.util.Map;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * One slash command: its definition (name, description, options), who may use it, and what it
 * answers; it may also own buttons, by the action their ids carry. {@link CommandRegistry} lists
 * them all.
 */
interface SlashCommand {
  /** What Discord registers; its name routes the command. */
  SlashCommandData definition();

  default Permission permission() {
    return Permission.EVERYONE;
  }

  /** Reads the options, calls one use case, returns the reply. */
  Answer answer(SlashCommandInteractionEvent event, Invoker invoker);

  /** The buttons this command's replies carry, by their {@link ButtonIds} action. */
  default Map<String, ButtonAction> buttons() {
    return Map.of();
  }

  /** What a click on one of the bot's buttons does. */
  @FunctionalInterface
  interface ButtonAction {
    Answer click(ButtonIds.Click click, Invoker invoker);
  }
}
