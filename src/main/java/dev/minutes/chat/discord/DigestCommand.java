package dev.minutes.chat.discord;

import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /digest}: the digest of the last seven days, for the asker only. */
final class DigestCommand implements SlashCommand {
  private final DigestPreview digest;

  DigestCommand(DigestPreview digest) {
    this.digest = digest;
  }

  @Override
  public SlashCommandData definition() {
    return Commands.slash(
        "digest", "Preview the weekly digest of the last seven days (only you see it)");
  }

  @Override
  public Answer answer(SlashCommandInteractionEvent event, Invoker invoker) {
    return Answer.now(preview());
  }

  Reply preview() {
    return Reply.privately(digest.lastSevenDays());
  }
}
