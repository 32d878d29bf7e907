package dev.minutes.config;

import dev.minutes.notes.MinutesException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * The settings of one installation: {@code bot-config.properties}, each key overridable from the
 * environment as {@code MINUTES_} + the key in upper case with dots and dashes as underscores
 * ({@code store.url} → {@code MINUTES_STORE_URL}). Every typed getter validates and names the key
 * and file in its error. A getter given only the key takes the default from {@link
 * ConfigKeys#DEFAULTS}, the one place defaults live. Secrets are read only through {@link #secret}
 * and never kept in messages.
 */
public final class Config {

  private final Path file;
  private final Properties properties;
  private final Map<String, String> environment;
  // Built on first use and kept: the console asks for it on every write it masks.
  private volatile SecretMask secretMask;

  private Config(Path file, Properties properties, Map<String, String> environment) {
    this.file = file;
    this.properties = properties;
    this.environment = Map.copyOf(environment);
  }

  /**
   * Reads {@code file}; a missing file is an empty configuration when {@code required} is false
   * (the defaults then apply), an error when true.
   */
  public static Config load(Path file, boolean required, Map<String, String> environment) {
    Properties properties = new Properties();
    if (Files.isRegularFile(file)) {
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(reader);
      } catch (IOException | IllegalArgumentException e) {
        throw new ConfigException(
            file.toString(),
            "cannot read configuration: " + e.getMessage(),
            "check that the file is a readable UTF-8 properties file");
      }
    } else if (required) {
      throw new ConfigException(
          file.toString(),
          "configuration file not found",
          "pass --config with the path of your bot-config.properties");
    }
    ConfigKeys.warnUnknown(file, properties.stringPropertyNames());
    return new Config(file, properties, environment);
  }

  /** The prefix that turns a notes path into a link ({@code notes.base-url}); unset by default. */
  public Optional<String> notesBaseUrl() {
    return optional("notes.base-url");
  }

  /** A configuration from given values only; for tests and embedding. */
  public static Config of(Map<String, String> values, Map<String, String> environment) {
    Properties properties = new Properties();
    properties.putAll(values);
    return new Config(Path.of("(given)"), properties, environment);
  }

  public Path file() {
    return file;
  }

  /** The environment variable that overrides {@code key}. */
  public static String environmentName(String key) {
    return "MINUTES_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  public Optional<String> optional(String key) {
    String value = environment.get(environmentName(key));
    if (value == null) {
      value = properties.getProperty(key);
    }
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(value.trim());
  }

  public String string(String key, String defaultValue) {
    return optional(key).orElse(defaultValue);
  }

  /** The value of {@code key}, else its default from {@link ConfigKeys#DEFAULTS}. */
  public String string(String key) {
    return string(key, fallback(key));
  }

  public String required(String key, String hint) {
    return optional(key).orElseThrow(() -> new ConfigException(where(key), "is not set", hint));
  }

  public int integer(String key) {
    return integer(key, ConfigValues.integer(fallback(key)).orElseThrow());
  }

  public boolean bool(String key) {
    return bool(key, ConfigValues.bool(fallback(key)).orElseThrow());
  }

  public Duration duration(String key) {
    return duration(key, ConfigValues.duration(fallback(key)).orElseThrow());
  }

  public ZoneId zone(String key) {
    return zone(key, ConfigValues.zone(fallback(key)).orElseThrow());
  }

  public <E extends Enum<E>> E choice(String key, Class<E> type) {
    return choice(key, type, ConfigValues.choice(type, fallback(key)).orElseThrow());
  }

  public String httpUrl(String key) {
    return httpUrl(key, fallback(key));
  }

  /** As {@link #parsed(String, String, Function, String)}, with the key's default. */
  public <T> T parsed(String key, Function<String, T> parser, String expected) {
    return parsed(key, fallback(key), parser, expected);
  }

  /**
   * A path written in the file, relative to the file's folder (as other tools read theirs); an
   * absolute path, or any path of a configuration that is not a file, is taken as it is.
   */
  public Path resolve(String path) {
    Path given = Path.of(path);
    Path folder = file.toAbsolutePath().getParent();
    return given.isAbsolute() || folder == null || !Files.isRegularFile(file)
        ? given
        : folder.resolve(given);
  }

  private static String fallback(String key) {
    return ConfigKeys.defaultOf(key)
        .orElseThrow(() -> new IllegalArgumentException(key + " has no default"));
  }

  public int integer(String key, int defaultValue) {
    return typed(
        key, defaultValue, ConfigValues::integer, "a whole number such as " + defaultValue);
  }

  public boolean bool(String key, boolean defaultValue) {
    return typed(key, defaultValue, ConfigValues::bool, "true or false");
  }

  /** A duration as {@code 90s}, {@code 10m}, {@code 2h}, {@code 3d}, {@code 1w} or ISO-8601. */
  public Duration duration(String key, Duration defaultValue) {
    return typed(
        key, defaultValue, ConfigValues::duration, "a duration such as 30s, 10m, 2h, 3d or PT1H");
  }

  /**
   * Reads a duration the way the config keys take it ({@code 90s}, {@code 10m}, {@code 2h}, {@code
   * 3d}, {@code 1w} or ISO-8601), for commands that take one too; empty when it is none of these.
   */
  public static Optional<Duration> parseDuration(String value) {
    return ConfigValues.duration(value);
  }

  public ZoneId zone(String key, ZoneId defaultValue) {
    return typed(
        key, defaultValue, ConfigValues::zone, "a time zone such as Europe/Bucharest or UTC");
  }

  public <E extends Enum<E>> E choice(String key, Class<E> type, E defaultValue) {
    return typed(key, defaultValue, v -> ConfigValues.choice(type, v), ConfigValues.allowed(type));
  }

  /** An absolute http(s) URL with a host, e.g. an API endpoint; anything else names the key. */
  public String httpUrl(String key, String defaultValue) {
    return typed(
        key,
        defaultValue.strip(),
        ConfigValues::httpUrl,
        "an http or https URL with a host, like " + defaultValue);
  }

  private <T> T typed(
      String key, T defaultValue, Function<String, Optional<T>> reader, String expected) {
    Optional<String> value = optional(key);
    if (value.isEmpty()) {
      return defaultValue;
    }
    return reader.apply(value.get()).orElseThrow(() -> invalid(key, value.get(), expected));
  }

  /**
   * A value read by {@code parser}, which throws {@link IllegalArgumentException} for a bad value;
   * that becomes an error naming the key and {@code expected}.
   */
  public <T> T parsed(
      String key, String defaultValue, Function<String, T> parser, String expected) {
    String value = optional(key).orElse(defaultValue);
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException e) {
      throw invalid(key, value, expected);
    }
  }

  /** A comma-separated list, trimmed, blanks dropped; unset, the key's default list. */
  public List<String> list(String key) {
    return optional(key)
        .or(() -> Optional.ofNullable(ConfigKeys.DEFAULTS.get(key)))
        .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
        .orElse(List.of());
  }

  /**
   * A secret from environment variable {@code envName}, else from the file named by config key
   * {@code fileKey}. The value is never part of any message.
   */
  public Optional<String> secret(String envName, String fileKey) {
    String fromEnvironment = environment.get(envName);
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return Optional.of(fromEnvironment.trim());
    }
    Optional<String> tokenFile = optional(fileKey);
    if (tokenFile.isEmpty()) {
      return Optional.empty();
    }
    Path path = resolve(tokenFile.get());
    try {
      String token = Files.readString(path, StandardCharsets.UTF_8).trim();
      if (token.isEmpty()) {
        throw new MinutesException(
            where(fileKey), "token file " + path + " is empty", "write the token into it");
      }
      return Optional.of(token);
    } catch (IOException e) {
      throw new MinutesException(
          where(fileKey),
          "cannot read token file " + path,
          "check the path and its permissions, or set " + envName + " instead");
    }
  }

  /**
   * Every secret this configuration can reach: the secret environment variables and the contents of
   * every {@code *.token-file}, for {@link SecretMask}; read once, then kept.
   */
  public SecretMask secretMask() {
    SecretMask mask = secretMask;
    if (mask == null) {
      mask = ConfigSecrets.mask(this, properties.stringPropertyNames(), environment);
      secretMask = mask;
    }
    return mask;
  }

  /** The secrets of an environment alone, before any configuration file is read. */
  public static SecretMask secretMask(Map<String, String> environment) {
    return SecretMask.of(ConfigSecrets.VARIABLES.stream().map(environment::get).toList());
  }

  private ConfigException invalid(String key, String value, String expected) {
    return new ConfigException(where(key), "invalid value '" + value + "'", "expected " + expected);
  }

  /** Whether {@code key} is set by its environment variable rather than the file. */
  public boolean fromEnvironment(String key) {
    return environment.containsKey(environmentName(key));
  }

  /** Where a key's value comes from, for messages: the environment variable or file and key. */
  public String where(String key) {
    if (fromEnvironment(key)) {
      return "environment " + environmentName(key);
    }
    return file + ": " + key;
  }
}
