package dev.minutes.chat.discord;

import java.util.List;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** The slash commands the bot registers for its guild. */
final class SlashCommands {
  /** Keeps a /todos query short enough to travel inside a button id. */
  static final int MAX_TEAM_LENGTH = 40;

  private SlashCommands() {}

  static List<SlashCommandData> all() {
    return List.of(
        Commands.slash("todos", "List action items (open ones by default)")
            .addOption(OptionType.USER, "member", "Only this member's items")
            .addOptions(
                new OptionData(OptionType.STRING, "team", "Only this team's items")
                    .setMaxLength(MAX_TEAM_LENGTH),
                new OptionData(OptionType.STRING, "status", "open, done, removed or all")
                    .addChoice("open", "open")
                    .addChoice("done", "done")
                    .addChoice("removed", "removed")
                    .addChoice("all", "all")),
        Commands.slash("done", "Mark an action item done").addOptions(itemId()),
        Commands.slash("reopen", "Open a done action item again").addOptions(itemId()),
        Commands.slash("snooze", "Hold an action item's reminders for a while")
            .addOptions(
                itemId(),
                new OptionData(
                    OptionType.STRING, "duration", "How long: 12h, 3d, 2w or P10D", true)),
        Commands.slash("meeting", "Summary of a meeting: agenda, decisions, action items")
            .addOption(OptionType.STRING, "team", "The team's newest meeting")
            .addOption(OptionType.STRING, "date", "The meeting on this date (yyyy-mm-dd)"),
        Commands.slash("issue", "Open the GitHub issue of an action item now").addOptions(itemId()),
        Commands.slash("ingest", "Ingest a notes file (maintainers)")
            .addOption(OptionType.ATTACHMENT, "notes", "The .md notes file", true),
        Commands.slash(
            "digest", "Preview the weekly digest of the last seven days (only you see it)"),
        Commands.slash("remind", "Turn your own reminders on or off")
            .addOptions(
                new OptionData(OptionType.STRING, "state", "on or off", true)
                    .addChoice("on", "on")
                    .addChoice("off", "off")),
        Commands.slash("iam", "Link your Discord account to a person of the people directory")
            .addOption(OptionType.STRING, "person", "Your name or initials in the notes", true)
            .addOption(OptionType.USER, "member", "Maintainers: confirm this member's link"));
  }

  private static OptionData itemId() {
    return new OptionData(OptionType.INTEGER, "id", "The item number, as /todos shows it", true)
        .setMinValue(1);
  }
}
