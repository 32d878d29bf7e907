package dev.minutes.chat.discord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * Every slash command of the bot and every button they own, in one list: what is registered with
 * Discord and what routes an interaction, so a command's name is written once, in its definition.
 */
final class CommandRegistry {
  private final Map<String, SlashCommand> commands = new LinkedHashMap<>();
  private final Map<String, Button> buttons = new LinkedHashMap<>();

  /** A button's action, under the permission of the command that owns it. */
  record Button(Permission permission, SlashCommand.ButtonAction action) {}

  CommandRegistry(List<SlashCommand> all) {
    for (SlashCommand command : all) {
      String name = command.definition().getName();
      if (commands.putIfAbsent(name, command) != null) {
        throw new IllegalArgumentException("two commands are named /" + name);
      }
      command
          .buttons()
          .forEach(
              (action, button) -> {
                if (buttons.putIfAbsent(action, new Button(command.permission(), button)) != null) {
                  throw new IllegalArgumentException("two buttons have the action " + action);
                }
              });
    }
  }

  /** The definitions to register for the guild. */
  List<SlashCommandData> definitions() {
    return commands.values().stream().map(SlashCommand::definition).toList();
  }

  Optional<SlashCommand> command(String name) {
    return Optional.ofNullable(commands.get(name));
  }

  Optional<Button> button(String action) {
    return Optional.ofNullable(buttons.get(action));
  }
}
