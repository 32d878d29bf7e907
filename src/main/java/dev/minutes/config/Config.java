package dev.minutes.config;

import dev.minutes.notes.MinutesException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings of one installation: {@code bot-config.properties}, each key overridable from the
 * environment as {@code MINUTES_} + the key in upper case with dots and dashes as underscores
 * ({@code store.url} → {@code MINUTES_STORE_URL}). Every typed getter validates and names the key
 * and file in its error. Secrets are read only through {@link #secret} and never kept in messages.
 */
public final class Config {
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*([smhdw])");

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
        throw new MinutesException(
            file.toString(),
            "cannot read configuration: " + e.getMessage(),
            "check that the file is a readable UTF-8 properties file");
      }
    } else if (required) {
      throw new MinutesException(
          file.toString(),
          "configuration file not found",
          "pass --config with the path of your bot-config.properties");
    }
    ConfigKeys.warnUnknown(file, properties.stringPropertyNames());
    return new Config(file, properties, environment);
  }

  /** The prefix that turns a notes path into a link ({@code notes.base-url}); read here only. */
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

  public String required(String key, String hint) {
    return optional(key).orElseThrow(() -> new MinutesException(where(key), "is not set", hint));
  }

  public int integer(String key, int defaultValue) {
    Optional<String> value = optional(key);
    if (value.isEmpty()) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(value.get());
    } catch (NumberFormatException e) {
      throw invalid(key, value.get(), "a whole number such as " + defaultValue);
    }
  }

  public boolean bool(String key, boolean defaultValue) {
    Optional<String> value = optional(key);
    if (value.isEmpty()) {
      return defaultValue;
    }
    return switch (value.get().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw invalid(key, value.get(), "true or false");
    };
  }

  /** A duration as {@code 90s}, {@code 10m}, {@code 2h}, {@code 3d}, {@code 1w} or ISO-8601. */
  public Duration duration(String key, Duration defaultValue) {
    Optional<String> value = optional(key);
    if (value.isEmpty()) {
      return defaultValue;
    }
    return parseDuration(value.get())
        .orElseThrow(
            () -> invalid(key, value.get(), "a duration such as 30s, 10m, 2h, 3d or PT1H"));
  }

  /**
   * Reads a duration the way the config keys take it ({@code 90s}, {@code 10m}, {@code 2h}, {@code
   * 3d}, {@code 1w} or ISO-8601), for commands that take one too; empty when it is none of these.
   */
  public static Optional<Duration> parseDuration(String value) {
    String text = value.strip().toLowerCase(Locale.ROOT);
    Matcher shortForm = SHORT_DURATION.matcher(text);
    if (shortForm.matches()) {
      long amount = Long.parseLong(shortForm.group(1));
      return Optional.of(
          switch (shortForm.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> Duration.ofDays(7 * amount);
          });
    }
    try {
      return Optional.of(Duration.parse(text.toUpperCase(Locale.ROOT)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  public ZoneId zone(String key, ZoneId defaultValue) {
    Optional<String> value = optional(key);
    if (value.isEmpty()) {
      return defaultValue;
    }
    try {
      return ZoneId.of(value.get());
    } catch (DateTimeException e) {
      throw invalid(key, value.get(), "a time zone such as Europe/Bucharest or UTC");
    }
  }

  public <E extends Enum<E>> E choice(String key, Class<E> type, E defaultValue) {
    Optional<String> value = optional(key);
    if (value.isEmpty()) {
      return defaultValue;
    }
    String wanted = value.get().replace('-', '_').toUpperCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(wanted)) {
        return constant;
      }
    }
    String allowed =
        String.join(
            " | ",
            Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .toList());
    throw invalid(key, value.get(), allowed);
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

  /** A comma-separated list, trimmed, blanks dropped. */
  public List<String> list(String key) {
    return optional(key)
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
    Path path = relativeToFile(Path.of(tokenFile.get()));
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

  /** An absolute http(s) URL with a host, e.g. an API endpoint; anything else names the key. */
  public String httpUrl(String key, String defaultValue) {
    String value = string(key, defaultValue).strip();
    try {
      java.net.URI uri = new java.net.URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return value;
      }
    } catch (java.net.URISyntaxException e) {
      // reported below, in the same words as any other invalid URL
    }
    throw invalid(key, value, "an http or https URL with a host, like " + defaultValue);
  }

  /** Environment variables that hold secrets whatever the configuration says. */
  private static final List<String> SECRET_VARIABLES =
      List.of("GITHUB_TOKEN", "DISCORD_TOKEN", "MINUTES_STORE_PASSWORD");

  /**
   * Every secret this configuration can reach: the secret environment variables and the contents of
   * every {@code *.token-file}, for {@link SecretMask}. A token file that cannot be read is left
   * out here; {@link #secret} reports it when the token is needed.
   */
  public SecretMask secretMask() {
    SecretMask mask = secretMask;
    if (mask == null) {
      mask = readSecretMask();
      secretMask = mask;
    }
    return mask;
  }

  private SecretMask readSecretMask() {
    List<String> secrets = new java.util.ArrayList<>();
    for (String variable : SECRET_VARIABLES) {
      secrets.add(environment.get(variable));
    }
    java.util.Set<String> tokenFiles =
        new java.util.TreeSet<>(List.of("github.token-file", "discord.token-file"));
    properties.stringPropertyNames().stream()
        .filter(key -> key.endsWith(".token-file"))
        .forEach(tokenFiles::add);
    for (String key : tokenFiles) {
      optional(key).ifPresent(path -> secrets.add(readQuietly(relativeToFile(Path.of(path)))));
    }
    return SecretMask.of(secrets);
  }

  /** The secrets of an environment alone, before any configuration file is read. */
  public static SecretMask secretMask(Map<String, String> environment) {
    return SecretMask.of(SECRET_VARIABLES.stream().map(environment::get).toList());
  }

  private static String readQuietly(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return null; // reported by secret() when the token is needed
    }
  }

  /** A path written in the file, relative to the file's folder (as other tools read theirs). */
  private Path relativeToFile(Path path) {
    Path folder = file.toAbsolutePath().getParent();
    return path.isAbsolute() || folder == null || !Files.isRegularFile(file)
        ? path
        : folder.resolve(path);
  }

  private MinutesException invalid(String key, String value, String expected) {
    return new MinutesException(
        where(key), "invalid value '" + value + "'", "expected " + expected);
  }

  /** Where a key's value comes from, for messages: the environment variable or file and key. */
  public String where(String key) {
    String override = environmentName(key);
    if (environment.containsKey(override)) {
      return "environment " + override;
    }
    return file + ": " + key;
  }
}
