package dev.minutes.tracker;

import dev.minutes.items.StoredMeeting;
import dev.minutes.items.TrackedItem;
import dev.minutes.notes.NotesLink;
import dev.minutes.notes.Owner;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.people.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Writes the issue for an action item: title, body with context and marker, assignees. */
public final class IssueDrafter {
  /** GitHub refuses longer titles. */
  static final int MAX_TITLE = 256;

  private final PeopleDirectory people;
  private final List<String> labels;
  private final String notesBaseUrl;

  public IssueDrafter(PeopleDirectory people, List<String> labels, String notesBaseUrl) {
    this.people = people;
    this.labels = List.copyOf(labels);
    this.notesBaseUrl = notesBaseUrl;
  }

  public IssueDraft draft(TrackedItem item, StoredMeeting meeting) {
    List<String> assignees = new ArrayList<>();
    List<String> ownerNames = new ArrayList<>();
    for (Owner owner : item.owners()) {
      Optional<Person> person = people.find(owner.person()).or(() -> people.find(owner.token()));
      Optional<String> login = person.map(Person::github);
      login.ifPresent(assignees::add);
      String name = owner.person() != null ? owner.person() : owner.token();
      // The login is the directory's, and an assignee is notified anyway; the name is notes text.
      String shown = GitHubText.escape(name);
      ownerNames.add(login.map(l -> shown + " (@" + l + ")").orElse(shown));
    }
    String marker = IssueDraft.markerFor(item.key());
    StringBuilder body = new StringBuilder(IssueBody.BEGIN).append('\n');
    body.append("Action item from **")
        .append(GitHubText.escape(meeting.title() == null ? meeting.source() : meeting.title()))
        .append("**")
        .append(meeting.date() == null ? "" : " (" + meeting.date() + ")")
        .append(".\n\n> ")
        .append(GitHubText.escape(item.text()))
        .append("\n\n");
    body.append("- Owners: ")
        .append(ownerNames.isEmpty() ? "nobody named" : String.join(", ", ownerNames))
        .append('\n');
    body.append("- Due: ").append(item.due() == null ? "no date given" : item.due()).append('\n');
    body.append("- Section: ").append(GitHubText.escape(item.section())).append('\n');
    body.append("- Notes: ").append(notesLink(item)).append('\n');
    if (!item.refs().isEmpty()) {
      body.append("- Mentions: ")
          .append(GitHubText.escape(String.join(", ", item.refs())))
          .append('\n');
    }
    // The marker is the body's last line, after every piece of notes text: the opener trusts only
    // the last marker of a body (see IssueOpener), and escaping keeps notes from writing one.
    body.append("\nOpened by Minutes (item ")
        .append(item.id())
        .append("): closing this issue marks the item done. Minutes keeps the part above")
        .append(" up to date with the notes; write below it.\n")
        .append(marker)
        .append('\n');
    return new IssueDraft(title(item.text()), body.toString(), assignees, labels, marker);
  }

  private String notesLink(TrackedItem item) {
    String where = item.meetingSource() + ", line " + item.line();
    return NotesLink.of(notesBaseUrl, item.meetingSource())
        .map(link -> "[" + where + "](" + link + "#L" + item.line() + ")")
        .orElse(where);
  }

  static String title(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    if (oneLine.length() <= MAX_TITLE) {
      return oneLine;
    }
    return oneLine.substring(0, MAX_TITLE - 1).stripTrailing() + "…";
  }
}
