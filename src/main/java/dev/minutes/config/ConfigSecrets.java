package dev.minutes.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Every secret a configuration can reach, gathered for the {@link SecretMask} of the console. */
final class ConfigSecrets {
  /** Environment variables that hold secrets whatever the configuration says. */
  static final List<String> VARIABLES =
      List.of("GITHUB_TOKEN", "DISCORD_TOKEN", "MINUTES_STORE_PASSWORD");

  private ConfigSecrets() {}

  /**
   * The secret environment variables and the contents of every {@code *.token-file} key of {@code
   * config}. A token file that cannot be read is left out here; {@link Config#secret} reports it
   * when the token is needed.
   */
  static SecretMask mask(Config config, Set<String> fileKeys, Map<String, String> environment) {
    List<String> secrets = new ArrayList<>();
    for (String variable : VARIABLES) {
      secrets.add(environment.get(variable));
    }
    Set<String> tokenFiles = new TreeSet<>(List.of("github.token-file", "discord.token-file"));
    fileKeys.stream().filter(key -> key.endsWith(".token-file")).forEach(tokenFiles::add);
    for (String key : tokenFiles) {
      config.optional(key).ifPresent(path -> secrets.add(readQuietly(config.resolve(path))));
    }
    return SecretMask.of(secrets);
  }

  private static String readQuietly(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return null; // reported by Config.secret() when the token is needed
    }
  }
}
