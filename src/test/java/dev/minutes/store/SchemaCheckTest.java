package dev.minutes.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a store starts Flyway only when the schema is not the current one. */
class SchemaCheckTest {
  @TempDir Path folder;

  @Test
  void theCurrentVersionIsTheNewestMigration() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
      Stream<MigrationVersion> scripts =
          files
              .map(f -> f.getFileName().toString())
              .map(name -> MigrationVersion.fromVersion(name.substring(1, name.indexOf("__"))));
      MigrationVersion newest =
          Stream.concat(scripts, Schema.JAVA_MIGRATIONS.stream().map(JavaMigration::getVersion))
              .max(Comparator.naturalOrder())
              .orElseThrow();
      assertThat(Schema.VERSION).isEqualTo(newest.getVersion());
    }
  }

  @Test
  void aStoreAtTheCurrentVersionOpensWithoutFlyway() throws SQLException {
    String url = "jdbc:sqlite:" + folder.resolve("minutes.db");
    Database.open(url, Map.of()).close();
    // A checksum Flyway's validation would refuse: opening succeeds only if Flyway is not run.
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("UPDATE flyway_schema_history SET checksum = 12345");
    }

    try (Database database = Database.open(url, Map.of())) {
      assertThat(new JdbcStore(database).meetings(null)).isEmpty();
    }
  }

  @Test
  void aStoreAtAnOlderVersionIsMigrated() throws SQLException {
    String url = "jdbc:sqlite:" + folder.resolve("minutes.db");
    Flyway.configure()
        .dataSource(url, null, null)
        .locations("classpath:db/migration")
        .target("3")
        .load()
        .migrate();

    Database.open(url, Map.of()).close();

    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT version FROM flyway_schema_history ORDER BY installed_rank DESC LIMIT 1")) {
      row.next();
      assertThat(row.getString(1)).isEqualTo(Schema.VERSION);
    }
  }
}
