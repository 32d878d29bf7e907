package dev.minutes.store;

import dev.minutes.items.IssueLink;
import dev.minutes.items.IssueLinks;
import dev.minutes.items.ItemStatus;
import dev.minutes.items.TrackedItem;
import dev.minutes.items.WrittenIssue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Issue links and sync cursors; a closed issue moves its item in the same transaction. */
final class JdbcIssueLinks implements IssueLinks {
  private final Database database;

  JdbcIssueLinks(Database database) {
    this.database = database;
  }

  @Override
  public void linkIssue(IssueLink link, String effectKey, Instant at) {
    linkIssue(link, null, effectKey, at);
  }

  @Override
  public void linkIssue(IssueLink link, WrittenIssue written, String effectKey, Instant at) {
    database.inTransaction(
        connection -> {
          JdbcItems.existing(connection, link.itemId());
          IssueLinkTable.insert(connection, link, at);
          if (written != null) {
            IssueLinkTable.setWritten(connection, link, written);
          }
          if (IssueLinkTable.syncedUntil(connection, link.repo()).isEmpty()) {
            // Sync starts from the first link: nothing before it can concern a linked item.
            IssueLinkTable.setSyncedUntil(connection, link.repo(), at.minusSeconds(60));
          }
          completeIfClaimed(connection, effectKey, link.url(), at);
          Rows.history(connection, link.itemId(), at, "github", "linked", link.url());
          return null;
        });
  }

  @Override
  public Optional<IssueLink> issueLink(long itemId) {
    return issueLinks(itemId).stream().findFirst();
  }

  @Override
  public Map<Long, String> issueUrls(Collection<Long> itemIds) {
    return database.inTransaction(connection -> IssueLinkTable.mainUrls(connection, itemIds));
  }

  @Override
  public List<IssueLink> issueLinks(long itemId) {
    return database.inTransaction(connection -> IssueLinkTable.of(connection, itemId));
  }

  private static void completeIfClaimed(
      Connection connection, String effectKey, String externalRef, Instant at) throws SQLException {
    if (effectKey == null) {
      return;
    }
    try (PreparedStatement complete =
        connection.prepareStatement(
            "UPDATE side_effects SET completed_at = ?, external_ref = ? WHERE effect_key = ?")) {
      complete.setLong(1, at.toEpochMilli());
      complete.setString(2, externalRef);
      complete.setString(3, effectKey);
      complete.executeUpdate();
    }
  }

  @Override
  public Optional<WrittenIssue> writtenIssue(IssueLink link) {
    return database.inTransaction(connection -> IssueLinkTable.written(connection, link));
  }

  @Override
  public void recordIssueSideEffect(
      IssueLink link,
      String change,
      WrittenIssue written,
      IssueLink.State state,
      String effectKey,
      Instant at) {
    database.inTransaction(
        connection -> {
          if (written != null) {
            IssueLinkTable.setWritten(connection, link, written);
          }
          if (state != null) {
            IssueLinkTable.setState(connection, link, state);
          }
          completeIfClaimed(connection, effectKey, link.url(), at);
          Rows.history(connection, link.itemId(), at, "minutes", change, link.url());
          return null;
        });
  }

  @Override
  public List<IssueLink> issueLinks() {
    return database.inTransaction(IssueLinkTable::all);
  }

  @Override
  public void recordIssueState(
      IssueLink link,
      IssueLink.State state,
      IssueLink.DoneWhen doneWhen,
      String actor,
      Instant at) {
    database.inTransaction(
        connection -> {
          IssueLinkTable.setState(connection, link, state);
          TrackedItem item = JdbcItems.existing(connection, link.itemId());
          boolean done =
              doneWhen.done(
                  IssueLinkTable.of(connection, link.itemId()).stream()
                      .map(IssueLink::state)
                      .toList());
          if (state == IssueLink.State.CLOSED && done && item.status() == ItemStatus.OPEN) {
            JdbcItems.changeStatus(connection, item, ItemStatus.DONE, actor, at);
          } else if (state == IssueLink.State.OPEN && !done && item.status() == ItemStatus.DONE) {
            JdbcItems.changeStatus(connection, item, ItemStatus.OPEN, actor, at);
          }
          return null;
        });
  }

  @Override
  public Optional<Instant> syncedUntil(String repo) {
    return database.inTransaction(connection -> IssueLinkTable.syncedUntil(connection, repo));
  }

  @Override
  public void setSyncedUntil(String repo, Instant until) {
    database.inTransaction(
        connection -> {
          IssueLinkTable.setSyncedUntil(connection, repo, until);
          return null;
        });
  }
}
