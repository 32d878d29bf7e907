package dev.minutes.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minutes.items.Store;
import dev.minutes.items.WriteBatch;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch commits many transactions at once; each one is still all or nothing for readers. */
class WriteBatchTest {
  private static final Instant AT = Instant.parse("2024-03-04T10:00:00Z");

  @TempDir Path folder;
  private String url;

  @BeforeEach
  void createStore() {
    url = "jdbc:sqlite:" + folder.resolve("minutes.db");
    Database.open(url, Map.of()).close();
  }

  @Test
  void otherProcessesSeeTheBatchOnlyWhenItIsCommitted() throws SQLException {
    try (Store writer = new JdbcStore(Database.open(url, Map.of()))) {
      try (WriteBatch batch = writer.writeBatch(100)) {
        writer.setRemindersEnabled("RD", false, AT);
        writer.setRemindersEnabled("CC", false, AT);
        assertThat(writer.reminderOptOuts()).containsExactlyInAnyOrder("RD", "CC");
        assertThat(committedOptOuts()).isEmpty();
      }
      assertThat(committedOptOuts()).containsExactlyInAnyOrder("RD", "CC");
    }
  }

  @Test
  void aFailedTransactionLeavesNothingAndTheOthersOfTheBatchAreCommitted() throws SQLException {
    try (Database database = Database.open(url, Map.of())) {
      Store writer = new JdbcStore(database);
      try (WriteBatch batch = writer.writeBatch(100)) {
        writer.setRemindersEnabled("RD", false, AT);
        assertThatThrownBy(
                () ->
                    database.inTransaction(
                        connection -> {
                          optOut(connection, "half-written");
                          throw new IllegalStateException("fails after its first write");
                        }))
            .hasMessageContaining("fails after");
        writer.setRemindersEnabled("CC", false, AT);
      }
      assertThat(committedOptOuts()).containsExactlyInAnyOrder("RD", "CC");
    }
  }

  @Test
  void everySizeTransactionsAreCommitted() throws SQLException {
    try (Store writer = new JdbcStore(Database.open(url, Map.of()))) {
      try (WriteBatch batch = writer.writeBatch(2)) {
        writer.setRemindersEnabled("RD", false, AT);
        writer.setRemindersEnabled("CC", false, AT);
        writer.setRemindersEnabled("AM", false, AT);
        assertThat(committedOptOuts()).containsExactlyInAnyOrder("RD", "CC");
      }
      assertThat(committedOptOuts()).containsExactlyInAnyOrder("RD", "CC", "AM");
    }
  }

  /** What another process reads: a plain connection, which in WAL mode never waits for a writer. */
  private List<String> committedOptOuts() throws SQLException {
    List<String> people = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT person FROM reminder_opt_outs")) {
      while (row.next()) {
        people.add(row.getString(1));
      }
    }
    return people;
  }

  private static Void optOut(Connection connection, String person) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO reminder_opt_outs (person, opted_out_at) VALUES (?, 0)")) {
      insert.setString(1, person);
      insert.executeUpdate();
    }
    return null;
  }
}
