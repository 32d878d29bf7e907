package dev.minutes.chat.discord;

import dev.minutes.chat.ChatMembers;
import dev.minutes.chat.MeetingSummary;
import dev.minutes.items.Items;
import dev.minutes.items.MeetingItems;
import dev.minutes.items.Meetings;
import dev.minutes.items.StoredMeeting;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /meeting [team] [date]}: a meeting's agenda, decisions and items, for everyone. */
final class MeetingCommand implements SlashCommand {
  private final Meetings meetings;
  private final Items items;
  private final Supplier<ChatMembers> members;

  MeetingCommand(Meetings meetings, Items items, Supplier<ChatMembers> members) {
    this.meetings = meetings;
    this.items = items;
    this.members = members;
  }

  @Override
  public SlashCommandData definition() {
    return Commands.slash("meeting", "Summary of a meeting: agenda, decisions, action items")
        .addOption(OptionType.STRING, "team", "The team's newest meeting")
        .addOption(OptionType.STRING, "date", "The meeting on this date (yyyy-mm-dd)");
  }

  @Override
  public Answer answer(SlashCommandInteractionEvent event, Invoker invoker) {
    return Answer.now(meeting(Options.string(event, "team"), Options.string(event, "date")));
  }

  /**
   * @param teamOrNull newest meeting of this team, or of any team
   * @param date a meeting on this date (yyyy-mm-dd), or null for the newest
   */
  Reply meeting(String teamOrNull, String date) {
    LocalDate day = null;
    if (date != null) {
      try {
        day = LocalDate.parse(date.strip());
      } catch (DateTimeParseException e) {
        return Reply.privately("Give the date as yyyy-mm-dd, e.g. 2024-03-04.");
      }
    }
    LocalDate wantedDay = day;
    Optional<StoredMeeting> meeting =
        meetings.meetings(teamOrNull).stream()
            .filter(m -> wantedDay == null || wantedDay.equals(m.date()))
            .findFirst();
    if (meeting.isEmpty()) {
      return Reply.privately("No meeting found" + (day == null ? "." : " on " + day + "."));
    }
    MeetingItems found = items.meetingItems(meeting.get().id());
    return Reply.visible(
        new MeetingSummary(members.get()).render(meeting.get(), found.items(), found.issueUrls()));
  }
}
