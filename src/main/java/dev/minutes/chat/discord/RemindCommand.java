package dev.minutes.chat.discord;

import dev.minutes.chat.ChatMembers;
import dev.minutes.items.MemberLinks;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /remind on|off}: the asker's own reminders, once their account is linked. */
final class RemindCommand implements SlashCommand {
  private final MemberLinks links;
  private final Supplier<ChatMembers> members;
  private final Clock clock;

  RemindCommand(MemberLinks links, Supplier<ChatMembers> members, Clock clock) {
    this.links = links;
    this.members = members;
    this.clock = clock;
  }

  @Override
  public SlashCommandData definition() {
    return Commands.slash("remind", "Turn your own reminders on or off")
        .addOptions(
            new OptionData(OptionType.STRING, "state", "on or off", true)
                .addChoice("on", "on")
                .addChoice("off", "off"));
  }

  @Override
  public Answer answer(SlashCommandInteractionEvent event, Invoker invoker) {
    return Answer.now(remind(invoker, "on".equals(Options.string(event, "state"))));
  }

  Reply remind(Invoker invoker, boolean on) {
    Optional<String> person = members.get().personOf(invoker.userId());
    if (person.isEmpty()) {
      return Reply.privately(
          "Minutes does not know who you are yet: link your account with `/iam person`.");
    }
    links.setRemindersEnabled(person.get(), on, clock.instant());
    return Reply.privately(
        on
            ? "Reminders are on for " + person.get() + "."
            : "Reminders are off for " + person.get() + ". `/remind on` turns them back on.");
  }
}
