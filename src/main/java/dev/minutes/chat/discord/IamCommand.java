package dev.minutes.chat.discord;

import dev.minutes.chat.DiscordMarkdown;
import dev.minutes.items.MemberLinks;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.people.Person;
import java.time.Clock;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * {@code /iam person}: links the invoker, at once when the directory gives them that Discord id,
 * else as a request. {@code /iam person member}: a maintainer confirms someone's link. A pending
 * link mentions nobody and grants nothing.
 */
final class IamCommand implements SlashCommand {
  private final PeopleDirectory people;
  private final MemberLinks links;
  private final Clock clock;

  IamCommand(PeopleDirectory people, MemberLinks links, Clock clock) {
    this.people = people;
    this.links = links;
    this.clock = clock;
  }

  @Override
  public SlashCommandData definition() {
    return Commands.slash("iam", "Link your Discord account to a person of the people directory")
        .addOption(OptionType.STRING, "person", "Your name or initials in the notes", true)
        .addOption(OptionType.USER, "member", "Maintainers: confirm this member's link");
  }

  @Override
  public Answer answer(SlashCommandInteractionEvent event, Invoker invoker) {
    return Answer.now(iam(invoker, Options.string(event, "person"), Options.user(event, "member")));
  }

  Reply iam(Invoker invoker, String spelling, String memberUserId) {
    Optional<Person> person = people.find(spelling);
    if (person.isEmpty()) {
      return Reply.privately(
          "'" + spelling + "' is not one person of the people directory; try the full name.");
    }
    String name = person.get().name();
    if (memberUserId != null && !memberUserId.equals(invoker.userId())) {
      if (!invoker.maintainer()) {
        return Reply.privately("Only maintainers can link someone else.");
      }
      links.linkMember(memberUserId, name, "discord:" + invoker.userId(), clock.instant());
      return Reply.privately(
          "Linked " + DiscordMarkdown.mention(memberUserId) + " to " + name + ".");
    }
    if (invoker.userId().equals(person.get().discord())) {
      links.linkMember(invoker.userId(), name, "directory", clock.instant());
      return Reply.privately("You are " + name + " (the people directory says so).");
    }
    if (invoker.maintainer()) {
      links.linkMember(invoker.userId(), name, "discord:" + invoker.userId(), clock.instant());
      return Reply.privately("You are " + name + ".");
    }
    links.linkMember(invoker.userId(), name, null, clock.instant());
    return Reply.privately(
        "Asked to link you to "
            + name
            + ". A maintainer confirms with `/iam person:"
            + name
            + " member:@you`.");
  }
}
