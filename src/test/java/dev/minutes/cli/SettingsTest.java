package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.chat.discord.DiscordSettings;
import dev.minutes.config.Config;
import dev.minutes.config.ConfigKeys;
import dev.minutes.ingest.IngestLimits;
import dev.minutes.remind.ReminderSettings;
import dev.minutes.tracker.TrackerSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The typed configuration: its defaults, its one check at start, and the people file key. */
class SettingsTest {
  private static final String NOTE = "notes/2024-03-04-maintainers.md";

  @TempDir Path folder;

  @Test
  void anEmptyConfigurationIsEveryDefaultAndEveryDefaultIsAValidValue() {
    Settings settings = Settings.read(Config.of(Map.of(), Map.of()));

    assertThat(settings.store().url()).isEqualTo("jdbc:sqlite:data/minutes.db");
    assertThat(settings.github().tracker().mode()).isEqualTo(TrackerSettings.Mode.MANUAL);
    assertThat(settings.github().tracker().labels()).containsExactly("minutes");
    assertThat(settings.github().tracker().writePause()).isEqualTo(Duration.ofSeconds(1));
    assertThat(settings.github().maxPerRun()).isEqualTo(20);
    assertThat(settings.discord().editWindow()).isEqualTo(Duration.ofDays(7));
    assertThat(settings.schedule().catchUp()).isEqualTo(Duration.ofHours(12));
    assertThat(settings.schedule().reminderSchedule().zone())
        .isEqualTo(settings.schedule().digestSchedule().zone());
    assertThat(settings.notes().repository()).isEmpty();
    assertThat(settings.peopleFile()).isEmpty();
  }

  @Test
  void theDefaultsTheAdaptersStillNameAgreeWithTheTable() {
    Settings settings = Settings.read(Config.of(Map.of(), Map.of()));

    assertThat(ConfigKeys.DEFAULTS.get("discord.api-url"))
        .isEqualTo(DiscordSettings.DEFAULT_API_URL);
    assertThat(settings.discord().settings().maxMessagesPerPost())
        .isEqualTo(DiscordSettings.DEFAULT_MAX_MESSAGES);
    assertThat(settings.github().tracker().apiUrl()).isEqualTo(TrackerSettings.DEFAULT_API_URL);
    assertThat(settings.ingest()).isEqualTo(IngestLimits.DEFAULT);
    assertThat(settings.schedule().reminders().maxRepeats())
        .isEqualTo(ReminderSettings.DEFAULT_MAX_REPEATS);
  }

  @Test
  void anInvalidValueStopsEveryCommandBeforeItDoesAnythingNamingFileKeyAndForm() throws Exception {
    Path config = folder.resolve("bot-config.properties");
    Files.writeString(config, "github.write-pause=a little\n");
    Path store = folder.resolve("minutes.db");

    Cli ingest =
        Cli.run("--config", config.toString(), "ingest", "--store", "jdbc:sqlite:" + store, NOTE);

    assertThat(ingest.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(ingest.out()).isEmpty();
    assertThat(ingest.err())
        .isEqualTo(
            "minutes: "
                + config
                + ": github.write-pause: invalid value 'a little'\n"
                + "  hint: expected a duration such as 30s, 10m, 2h, 3d or PT1H\n");
    assertThat(store).doesNotExist();
  }

  @Test
  void thePeopleFileIsAKeyRelativeToTheConfigurationAndTheOptionWins() throws Exception {
    Files.createDirectories(folder.resolve("team"));
    Files.writeString(
        folder.resolve("team/people.yaml"),
        "people:\n  - name: Razvan Deaconescu\n    initials: [RD]\n");
    Path config = folder.resolve("bot-config.properties");
    Files.writeString(config, "people.file=team/people.yaml\n");

    Cli fromKey = Cli.run("--config", config.toString(), "parse", NOTE);
    Cli fromOption =
        Cli.run(
            Map.of(),
            Clock.systemUTC(),
            "--config",
            config.toString(),
            "parse",
            "--people",
            "notes/people.yaml",
            NOTE);

    assertThat(fromKey.out()).contains("Razvan Deaconescu");
    assertThat(fromOption.out()).doesNotContain("Razvan Deaconescu").contains("Răzvan");
  }
}
