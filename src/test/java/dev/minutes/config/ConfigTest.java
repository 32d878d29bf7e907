package dev.minutes.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minutes.notes.MinutesException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {

  @Test
  void environmentOverridesTheFile() {
    Config config =
        Config.of(Map.of("store.url", "jdbc:sqlite:a.db"), Map.of("MINUTES_STORE_URL", "jdbc:x"));
    assertThat(config.string("store.url", null)).isEqualTo("jdbc:x");
  }

  @Test
  void readsShortAndIsoDurations() {
    Config config = Config.of(Map.of("a", "10m", "b", "3d", "c", "PT1H"), Map.of());
    assertThat(config.duration("a", Duration.ZERO)).isEqualTo(Duration.ofMinutes(10));
    assertThat(config.duration("b", Duration.ZERO)).isEqualTo(Duration.ofDays(3));
    assertThat(config.duration("c", Duration.ZERO)).isEqualTo(Duration.ofHours(1));
    assertThat(config.duration("missing", Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void namesTheKeyAndTheExpectedFormOfAnInvalidValue() {
    Config config = Config.of(Map.of("digest.zone", "Mars/Olympus"), Map.of());
    assertThatThrownBy(() -> config.zone("digest.zone", ZoneId.of("UTC")))
        .isInstanceOf(MinutesException.class)
        .satisfies(
            e ->
                assertThat(((MinutesException) e).describe()).contains("digest.zone", "time zone"));
  }

  enum Mode {
    AUTO,
    MANUAL,
    OFF
  }

  @Test
  void listsTheAllowedChoicesWhenAChoiceIsWrong() {
    Config config = Config.of(Map.of("github.mode", "sometimes"), Map.of());
    assertThatThrownBy(() -> config.choice("github.mode", Mode.class, Mode.OFF))
        .hasMessageContaining("sometimes")
        .satisfies(e -> assertThat(((MinutesException) e).hint()).contains("auto | manual | off"));
  }

  @Test
  void readsASecretFromTheEnvironmentBeforeTheTokenFile(@TempDir Path dir) throws Exception {
    Path tokenFile = dir.resolve("token");
    Files.writeString(tokenFile, "from-file\n");
    Config fileOnly = Config.of(Map.of("github.token-file", tokenFile.toString()), Map.of());
    assertThat(fileOnly.secret("GITHUB_TOKEN", "github.token-file")).contains("from-file");
    Config both =
        Config.of(
            Map.of("github.token-file", tokenFile.toString()), Map.of("GITHUB_TOKEN", "from-env"));
    assertThat(both.secret("GITHUB_TOKEN", "github.token-file")).contains("from-env");
  }

  @Test
  void neverPutsASecretIntoAnErrorMessage(@TempDir Path dir) {
    Config config =
        Config.of(Map.of("github.token-file", dir.resolve("absent").toString()), Map.of());
    assertThatThrownBy(() -> config.secret("GITHUB_TOKEN", "github.token-file"))
        .isInstanceOf(MinutesException.class)
        .hasMessageContaining("cannot read token file");
  }

  @Test
  void aMissingDefaultFileMeansDefaultsButAMissingExplicitFileIsAnError(@TempDir Path dir) {
    Path absent = dir.resolve("bot-config.properties");
    assertThat(Config.load(absent, false, Map.of()).string("x", "default")).isEqualTo("default");
    assertThatThrownBy(() -> Config.load(absent, true, Map.of()))
        .isInstanceOf(MinutesException.class)
        .hasMessageContaining("not found");
  }

  @Test
  void aMisspeltKeyIsReportedWithTheKeyItProbablyMeant() {
    assertThat(ConfigKeys.unknown(java.util.Set.of("github.close-on-dne", "store.url")))
        .containsExactly("github.close-on-dne");
    assertThat(ConfigKeys.nearest("github.close-on-dne")).hasValue("github.close-on-done");
    assertThat(ConfigKeys.nearest("completely.different.setting")).isEmpty();
  }

  @Test
  void everyKeyOfTheShippedConfigurationIsKnown() throws Exception {
    java.util.Properties shipped = new java.util.Properties();
    try (var reader =
        java.nio.file.Files.newBufferedReader(java.nio.file.Path.of("bot-config.properties"))) {
      shipped.load(reader);
    }
    assertThat(ConfigKeys.unknown(shipped.stringPropertyNames())).isEmpty();
  }
}
