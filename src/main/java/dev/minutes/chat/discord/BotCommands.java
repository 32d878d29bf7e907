package dev.minutes.chat.discord;

import dev.minutes.application.ListItems;
import dev.minutes.chat.ChatMembers;
import dev.minutes.items.Store;
import dev.minutes.people.PeopleDirectory;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/** Builds every command of the bot with what it needs, in plain code: the registry's one list. */
final class BotCommands {
  private BotCommands() {}

  /**
   * @param announce posts the announcements an ingest left in the outbox
   */
  static CommandRegistry registry(
      Store store, PeopleDirectory people, BotServices services, Runnable announce, Clock clock) {
    // Confirmed links only: a pending /iam mentions nobody and grants nothing.
    Supplier<ChatMembers> members = () -> ChatMembers.of(people, store.memberLinks());
    ItemAccess access = new ItemAccess(store, members);
    return new CommandRegistry(
        List.of(
            new TodosCommand(new ListItems(store, people), store, members),
            StatusCommand.done(access, services.status()),
            StatusCommand.reopen(access, services.status()),
            new SnoozeCommand(access, store, clock),
            new MeetingCommand(store, store, members),
            new IssueCommand(access, services.issues()),
            new IngestCommand(services.notes(), announce),
            new DigestCommand(services.digest()),
            new RemindCommand(store, members, clock),
            new IamCommand(people, store, clock)));
  }
}
