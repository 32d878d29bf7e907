package dev.minutes.store;

import dev.minutes.items.Effect;
import dev.minutes.items.SideEffects;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The side_effects table: claims, completions and take-overs of run-once effects. */
final class JdbcSideEffects implements SideEffects {
  private final Database database;

  JdbcSideEffects(Database database) {
    this.database = database;
  }

  @Override
  public boolean claimEffect(String key, Instant at) {
    return database.inTransaction(
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO side_effects (effect_key, claimed_at) VALUES (?, ?)"
                      + " ON CONFLICT (effect_key) DO NOTHING")) {
            insert.setString(1, key);
            insert.setLong(2, at.toEpochMilli());
            return insert.executeUpdate() == 1;
          }
        });
  }

  @Override
  public void completeEffect(String key, String externalRef, Instant at) {
    database.inTransaction(
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE side_effects SET completed_at = ?, external_ref = ? WHERE effect_key = ?")) {
            update.setLong(1, at.toEpochMilli());
            update.setString(2, externalRef);
            update.setString(3, key);
            if (update.executeUpdate() != 1) {
              throw new IllegalStateException("effect " + key + " was never claimed");
            }
          }
          return null;
        });
  }

  @Override
  public void releaseEffect(String key) {
    database.inTransaction(
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement(
                  "DELETE FROM side_effects WHERE effect_key = ? AND completed_at IS NULL")) {
            delete.setString(1, key);
            delete.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public Optional<Effect> effect(String key) {
    return database.inTransaction(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT claimed_at, completed_at, external_ref FROM side_effects"
                      + " WHERE effect_key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
              if (!row.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new Effect(key, Rows.instant(row, 1), Rows.instant(row, 2), row.getString(3)));
            }
          }
        });
  }

  @Override
  public boolean reclaimStaleEffect(String key, Instant claimedBefore, Instant at) {
    return database.inTransaction(
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE side_effects SET claimed_at = ? WHERE effect_key = ?"
                      + " AND completed_at IS NULL AND claimed_at < ?")) {
            update.setLong(1, at.toEpochMilli());
            update.setString(2, key);
            update.setLong(3, claimedBefore.toEpochMilli());
            return update.executeUpdate() == 1;
          }
        });
  }

  @Override
  public List<Effect> effects(String keyPrefix) {
    String pattern = keyPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return database.inTransaction(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT effect_key, claimed_at, completed_at, external_ref FROM side_effects"
                      + " WHERE effect_key LIKE ? ESCAPE '\\' ORDER BY claimed_at, effect_key")) {
            select.setString(1, pattern);
            List<Effect> effects = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                effects.add(
                    new Effect(
                        row.getString(1),
                        Rows.instant(row, 2),
                        Rows.instant(row, 3),
                        row.getString(4)));
              }
            }
            return effects;
          }
        });
  }
}
