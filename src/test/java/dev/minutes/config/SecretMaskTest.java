package dev.minutes.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minutes.notes.MinutesException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretMaskTest {
  @TempDir Path folder;

  @Test
  void masksEveryConfiguredSecretWhereverItAppears() throws IOException {
    Path tokenFile = Files.writeString(folder.resolve("discord-token"), "discord-secret-42\n");
    Config config =
        Config.of(
            Map.of("discord.token-file", tokenFile.toString()),
            Map.of("GITHUB_TOKEN", "ghp_secret_1234", "MINUTES_STORE_PASSWORD", "hunter22"));

    String masked =
        config
            .secretMask()
            .mask("echo: ghp_secret_1234 / discord-secret-42 / postgres://u:hunter22@db");

    assertThat(masked)
        .doesNotContain("ghp_secret_1234", "discord-secret-42", "hunter22")
        .isEqualTo("echo: ******** / ******** / postgres://u:********@db");
  }

  @Test
  void aSecretThatContainsAnotherIsMaskedWhole() {
    SecretMask mask = SecretMask.of(List.of("abcdef", "abcdef-longer"));

    assertThat(mask.mask("x abcdef-longer y")).isEqualTo("x ******** y");
  }

  @Test
  void veryShortValuesAreNotTreatedAsSecrets() {
    assertThat(SecretMask.of(List.of("ab")).mask("about")).isEqualTo("about");
  }

  @Test
  void aMalformedApiUrlNamesTheEnvironmentVariableItCameFrom() {
    Config config = Config.of(Map.of(), Map.of("MINUTES_GITHUB_API_URL", "htp:/bad url"));

    assertThatThrownBy(() -> config.httpUrl("github.api-url", "https://api.github.com"))
        .isInstanceOf(MinutesException.class)
        .satisfies(
            e ->
                assertThat(((MinutesException) e).describe())
                    .contains("MINUTES_GITHUB_API_URL", "htp:/bad url", "http or https URL"));
    assertThat(
            Config.of(Map.of("github.api-url", "http://127.0.0.1:8080"), Map.of())
                .httpUrl("github.api-url", "https://api.github.com"))
        .isEqualTo("http://127.0.0.1:8080");
  }
}
