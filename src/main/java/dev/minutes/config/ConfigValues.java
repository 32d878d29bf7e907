package dev.minutes.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a configuration value is written, one reader per type; each is empty for text of another
 * form, and {@link Config} turns that into an error naming the key and the expected form.
 */
final class ConfigValues {
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*([smhdw])");

  private ConfigValues() {}

  static Optional<Integer> integer(String text) {
    try {
      return Optional.of(Integer.parseInt(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  static Optional<Boolean> bool(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on" -> Optional.of(true);
      case "false", "no", "off" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  /** {@code 90s}, {@code 10m}, {@code 2h}, {@code 3d}, {@code 1w} or ISO-8601. */
  static Optional<Duration> duration(String value) {
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

  static Optional<ZoneId> zone(String text) {
    try {
      return Optional.of(ZoneId.of(text));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The constant of {@code type} written in lower case with dashes ({@code close-on-done}). */
  static <E extends Enum<E>> Optional<E> choice(Class<E> type, String text) {
    String wanted = text.replace('-', '_').toUpperCase(Locale.ROOT);
    return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(wanted)).findFirst();
  }

  /** The constants of {@code type} as a user writes them: {@code auto | manual | off}. */
  static <E extends Enum<E>> String allowed(Class<E> type) {
    return String.join(
        " | ",
        Arrays.stream(type.getEnumConstants())
            .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
            .toList());
  }

  /** An absolute http(s) URL with a host. */
  static Optional<String> httpUrl(String text) {
    String value = text.strip();
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return Optional.of(value);
      }
    } catch (URISyntaxException e) {
      // not a URL: reported by the caller, in the same words as any other invalid URL
    }
    return Optional.empty();
  }
}
