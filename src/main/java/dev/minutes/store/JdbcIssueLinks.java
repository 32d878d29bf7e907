package dev.minutes.store;

import dev.minutes.items.IssueLink;
import dev.minutes.items.IssueLinks;
import dev.minutes.items.ItemStatus;
import dev.minutes.items.TrackedItem;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Issue links and sync cursors; a closed issue moves its item in the same transaction. */
final class JdbcIssueLinks implements IssueLinks {
  private final Database database;

  JdbcIssueLinks(Database database) {
    this.database = database;
  }

  @Override
  public void linkIssue(IssueLink link, String effectKey, Instant at) {
    database.inTransaction(
        connection -> {
          JdbcItems.existing(connection, link.itemId());
          IssueLinkTable.insert(connection, link, at);
          if (IssueLinkTable.syncedUntil(connection, link.repo()).isEmpty()) {
            // Sync starts from the first link: nothing before it can concern a linked item.
            IssueLinkTable.setSyncedUntil(connection, link.repo(), at.minusSeconds(60));
          }
          if (effectKey != null) {
            try (PreparedStatement complete =
                connection.prepareStatement(
                    "UPDATE side_effects SET completed_at = ?, external_ref = ?"
                        + " WHERE effect_key = ?")) {
              complete.setLong(1, at.toEpochMilli());
              complete.setString(2, link.url());
              complete.setString(3, effectKey);
              complete.executeUpdate();
            }
          }
          Rows.history(connection, link.itemId(), at, "github", "linked", link.url());
          return null;
        });
  }

  @Override
  public Optional<IssueLink> issueLink(long itemId) {
    return database.inTransaction(connection -> IssueLinkTable.find(connection, itemId));
  }

  @Override
  public List<IssueLink> issueLinks() {
    return database.inTransaction(IssueLinkTable::all);
  }

  @Override
  public void recordIssueState(IssueLink link, IssueLink.State state, String actor, Instant at) {
    database.inTransaction(
        connection -> {
          IssueLinkTable.setState(connection, link.itemId(), state);
          TrackedItem item = JdbcItems.existing(connection, link.itemId());
          if (state == IssueLink.State.CLOSED && item.status() == ItemStatus.OPEN) {
            JdbcItems.changeStatus(connection, item, ItemStatus.DONE, actor, at);
          } else if (state == IssueLink.State.OPEN && item.status() == ItemStatus.DONE) {
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
