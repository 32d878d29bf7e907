package dev.minutes.chat.discord;

import dev.minutes.application.ListItems;
import dev.minutes.chat.ChatMembers;
import dev.minutes.chat.DiscordMarkdown;
import dev.minutes.chat.TodoPage;
import dev.minutes.items.IssueLinks;
import dev.minutes.items.ItemStatus;
import dev.minutes.items.TrackedItem;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /todos [member] [team] [status]}: a page of items; its buttons turn the page. */
final class TodosCommand implements SlashCommand {
  /** Keeps a /todos query short enough to travel inside a button id. */
  static final int MAX_TEAM_LENGTH = 40;

  private final ListItems list;
  private final IssueLinks links;
  private final Supplier<ChatMembers> members;

  TodosCommand(ListItems list, IssueLinks links, Supplier<ChatMembers> members) {
    this.list = list;
    this.links = links;
    this.members = members;
  }

  @Override
  public SlashCommandData definition() {
    return Commands.slash("todos", "List action items (open ones by default)")
        .addOption(OptionType.USER, "member", "Only this member's items")
        .addOptions(
            new OptionData(OptionType.STRING, "team", "Only this team's items")
                .setMaxLength(MAX_TEAM_LENGTH),
            new OptionData(OptionType.STRING, "status", "open, done, removed or all")
                .addChoice("open", "open")
                .addChoice("done", "done")
                .addChoice("removed", "removed")
                .addChoice("all", "all"));
  }

  @Override
  public Answer answer(SlashCommandInteractionEvent event, Invoker invoker) {
    return Answer.now(
        todos(
            Options.user(event, "member"),
            Options.string(event, "team"),
            Options.string(event, "status"),
            0));
  }

  /** Another page replaces the list it was clicked on; an out-of-date query is said so. */
  @Override
  public Map<String, ButtonAction> buttons() {
    return Map.of(
        ButtonIds.PAGE,
        (click, invoker) -> {
          Reply page = page(click.query(), (int) click.number());
          return page.paging() == null ? Answer.now(page) : new Answer.Edit(page);
        });
  }

  /**
   * @param memberUserId whose items, or null for everyone's
   * @param status open (default), done, removed or all
   */
  Reply todos(String memberUserId, String team, String status, int page) {
    Set<ItemStatus> statuses;
    String wanted = status == null ? "open" : status.toLowerCase(Locale.ROOT);
    switch (wanted) {
      case "all" -> statuses = Set.of();
      case "open", "done", "removed" ->
          statuses = Set.of(ItemStatus.valueOf(wanted.toUpperCase(Locale.ROOT)));
      default -> {
        return Reply.privately("Unknown status '" + status + "': use open, done, removed or all.");
      }
    }
    String owner = null;
    String heading = capitalise(wanted) + " items";
    if (memberUserId != null) {
      Optional<String> person = members.get().personOf(memberUserId);
      if (person.isEmpty()) {
        return Reply.privately(
            DiscordMarkdown.mention(memberUserId)
                + " is not linked to anyone in the people directory (see /iam).");
      }
      owner = person.get();
      heading += " of " + person.get();
    }
    if (team != null) {
      heading += " in " + team;
    }
    List<TrackedItem> items = list.list(statuses, owner, team, null);
    TodoPage todo = TodoPage.of(heading, items, page, links::issueUrls);
    String query = String.join("|", nullToEmpty(memberUserId), nullToEmpty(team), wanted);
    return new Reply(todo.message(), false, new Reply.Paging(todo.page(), todo.pages(), query));
  }

  /** Another page of a /todos answer, from the query its buttons carry. */
  Reply page(String query, int page) {
    String[] parts = query.split("\\|", -1);
    if (parts.length != 3) {
      return Reply.privately("This list is out of date: run /todos again.");
    }
    return todos(emptyToNull(parts[0]), emptyToNull(parts[1]), parts[2], page);
  }

  private static String capitalise(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  private static String emptyToNull(String value) {
    return value.isEmpty() ? null : value;
  }
}
