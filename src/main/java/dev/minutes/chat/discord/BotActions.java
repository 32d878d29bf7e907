package dev.minutes.chat.discord;

import dev.minutes.application.ChangeItemStatus;
import dev.minutes.application.ListItems;
import dev.minutes.chat.ChatMembers;
import dev.minutes.chat.ChatMessage;
import dev.minutes.chat.DiscordMarkdown;
import dev.minutes.chat.MeetingSummary;
import dev.minutes.chat.TodoPage;
import dev.minutes.items.ItemStatus;
import dev.minutes.items.MeetingItems;
import dev.minutes.items.Store;
import dev.minutes.items.StoredMeeting;
import dev.minutes.items.TrackedItem;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.people.Person;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each command and button does, free of JDA: takes who asked and what they typed, changes the
 * store, and returns the reply. Writing actions on an item need its owner or a maintainer.
 */
final class BotActions {
  static final Duration SNOOZE = Duration.ofDays(7);

  private final Store store;
  private final PeopleDirectory people;
  private final BotServices services;
  private final Clock clock;

  BotActions(Store store, PeopleDirectory people, BotServices services, Clock clock) {
    this.store = store;
    this.people = people;
    this.services = services;
    this.clock = clock;
  }

  /** {@code /digest}: the digest of the last seven days, for the asker only. */
  Reply digest() {
    return Reply.privately(services.digest().lastSevenDays());
  }

  /** {@code /remind on|off}: the asker's own reminders, once their account is linked. */
  Reply remind(Invoker invoker, boolean on) {
    Optional<String> person = members().personOf(invoker.userId());
    if (person.isEmpty()) {
      return Reply.privately(
          "Minutes does not know who you are yet: link your account with `/iam person`.");
    }
    store.setRemindersEnabled(person.get(), on, clock.instant());
    return Reply.privately(
        on
            ? "Reminders are on for " + person.get() + "."
            : "Reminders are off for " + person.get() + ". `/remind on` turns them back on.");
  }

  /** Confirmed links only: a pending /iam mentions nobody and grants nothing. */
  ChatMembers members() {
    return ChatMembers.of(people, store.memberLinks());
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
    ChatMembers members = members();
    String owner = null;
    String heading = capitalise(wanted) + " items";
    if (memberUserId != null) {
      Optional<String> person = members.personOf(memberUserId);
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
    List<TrackedItem> items = new ListItems(store, people).list(statuses, owner, team, null);
    TodoPage todo = TodoPage.of(heading, items, page, issueUrls(items));
    String query = String.join("|", nullToEmpty(memberUserId), nullToEmpty(team), wanted);
    return new Reply(todo.message(), false, new Reply.Paging(todo.page(), todo.pages(), query));
  }

  /** Another page of a /todos answer, from the query its buttons carry. */
  Reply todosPage(String query, int page) {
    String[] parts = query.split("\\|", -1);
    if (parts.length != 3) {
      return Reply.privately("This list is out of date: run /todos again.");
    }
    return todos(emptyToNull(parts[0]), emptyToNull(parts[1]), parts[2], page);
  }

  Reply setStatus(Invoker invoker, long id, ItemStatus status) {
    Optional<TrackedItem> item = store.item(id);
    if (item.isEmpty()) {
      return Reply.privately("There is no item #" + id + ".");
    }
    if (!mayChange(invoker, item.get())) {
      return refusal(item.get());
    }
    ChangeItemStatus.Result changed =
        services.status().change(id, status, "discord:" + invoker.userId());
    String verb = status == ItemStatus.DONE ? "done" : "open again";
    String issue = changed.issue().map(closing -> "\n" + closing.describe()).orElse("");
    return Reply.visible(
        ChatMessage.plain(
            "`#"
                + id
                + "` is "
                + verb
                + " (by "
                + DiscordMarkdown.mention(invoker.userId())
                + "): "
                + brief(changed.item())
                + issue));
  }

  /** The Snooze button: a week. */
  Reply snooze(Invoker invoker, long id) {
    return snooze(invoker, id, SNOOZE);
  }

  /** {@code /snooze id duration}: the item's reminders wait that long. */
  Reply snooze(Invoker invoker, long id, Duration length) {
    Optional<TrackedItem> item = store.item(id);
    if (item.isEmpty()) {
      return Reply.privately("There is no item #" + id + ".");
    }
    if (!mayChange(invoker, item.get())) {
      return refusal(item.get());
    }
    var until = clock.instant().plus(length);
    store.snooze(id, until, "discord:" + invoker.userId(), clock.instant());
    return Reply.privately(
        "Reminders for `#" + id + "` wait until " + LocalDate.ofInstant(until, clock.getZone()));
  }

  /** The refusal a writing action on item {@code id} gets, checked before slow work starts. */
  Optional<Reply> refusal(Invoker invoker, long id) {
    Optional<TrackedItem> item = store.item(id);
    if (item.isEmpty()) {
      return Optional.of(Reply.privately("There is no item #" + id + "."));
    }
    return mayChange(invoker, item.get()) ? Optional.empty() : Optional.of(refusal(item.get()));
  }

  Reply issue(Invoker invoker, long id) {
    Optional<Reply> refused = refusal(invoker, id);
    if (refused.isPresent()) {
      return refused.get();
    }
    Optional<TrackedItem> item = store.item(id);
    return Reply.visible(
        ChatMessage.plain(
            "`#" + id + "`: " + UseCaseReplies.issue(services.issues().open(item.get()))));
  }

  Reply ingest(Invoker invoker, String fileName, byte[] content) {
    if (!invoker.maintainer()) {
      return Reply.privately("Only maintainers can ingest notes.");
    }
    if (!fileName.toLowerCase(Locale.ROOT).endsWith(".md")) {
      return Reply.privately("Attach a Markdown notes file (.md).");
    }
    return Reply.visible(
        ChatMessage.plain(UseCaseReplies.upload(services.notes().ingest(fileName, content))));
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
        store.meetings(teamOrNull).stream()
            .filter(m -> wantedDay == null || wantedDay.equals(m.date()))
            .findFirst();
    if (meeting.isEmpty()) {
      return Reply.privately("No meeting found" + (day == null ? "." : " on " + day + "."));
    }
    MeetingItems items = store.meetingItems(meeting.get().id());
    return Reply.visible(
        new MeetingSummary(members()).render(meeting.get(), items.items(), items.issueUrls()));
  }

  /**
   * {@code /iam person}: links the invoker, at once when the directory gives them that Discord id,
   * else as a request. {@code /iam person member}: a maintainer confirms someone's link.
   */
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
      store.linkMember(memberUserId, name, "discord:" + invoker.userId(), clock.instant());
      return Reply.privately(
          "Linked " + DiscordMarkdown.mention(memberUserId) + " to " + name + ".");
    }
    if (invoker.userId().equals(person.get().discord())) {
      store.linkMember(invoker.userId(), name, "directory", clock.instant());
      return Reply.privately("You are " + name + " (the people directory says so).");
    }
    if (invoker.maintainer()) {
      store.linkMember(invoker.userId(), name, "discord:" + invoker.userId(), clock.instant());
      return Reply.privately("You are " + name + ".");
    }
    store.linkMember(invoker.userId(), name, null, clock.instant());
    return Reply.privately(
        "Asked to link you to "
            + name
            + ". A maintainer confirms with `/iam person:"
            + name
            + " member:@you`.");
  }

  private boolean mayChange(Invoker invoker, TrackedItem item) {
    return invoker.maintainer() || members().owns(invoker.userId(), item);
  }

  private static Reply refusal(TrackedItem item) {
    return Reply.privately(
        "Only an owner of `#"
            + item.id()
            + "` or a maintainer can do that. If it is yours, link your account with /iam.");
  }

  private Map<Long, String> issueUrls(List<TrackedItem> items) {
    return store.issueUrls(items.stream().map(TrackedItem::id).toList());
  }

  private static String brief(TrackedItem item) {
    String text = item.text();
    return DiscordMarkdown.escape(text.length() > 200 ? text.substring(0, 199) + "…" : text);
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
