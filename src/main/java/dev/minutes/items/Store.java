package dev.minutes.items;

import java.util.List;
import java.util.Set;

/**
 * Everything Minutes keeps between runs, as one handle to open and close: each use case takes only
 * the narrow ports it needs (items, meetings, outbox, side effects, issue links, member links).
 */
public interface Store
    extends Items,
        Meetings,
        Outbox,
        SideEffects,
        IssueLinks,
        MemberLinks,
        ReminderCounts,
        AutoCloseable {

  /**
   * Until the returned batch is closed, this store's writes are committed {@code
   * transactionsPerCommit} at a time; each write stays all-or-nothing as readers see it.
   */
  WriteBatch writeBatch(int transactionsPerCommit);

  /**
   * The items {@code filter} selects that belong to live meetings, not to meetings imported as
   * history: what issues, announcements and reminders act on by default.
   */
  default List<TrackedItem> liveItems(ItemFilter filter) {
    Set<Long> history = historyMeetings();
    return items(filter).stream().filter(i -> !history.contains(i.meetingId())).toList();
  }

  @Override
  void close();
}
