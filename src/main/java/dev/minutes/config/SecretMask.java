package dev.minutes.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Masks every configured secret value in text about to be printed or logged: the one primitive
 * behind the console's error line and the log stream. An echoing server, an exception message or a
 * URL with credentials then shows {@value #MASK} where the secret was.
 */
public final class SecretMask {
  public static final String MASK = "********";

  /** Shorter values are not masked: they would blank out ordinary words and digits. */
  static final int SHORTEST_SECRET = 6;

  private final List<String> secrets;

  private SecretMask(List<String> secrets) {
    this.secrets = secrets;
  }

  public static SecretMask of(Collection<String> values) {
    List<String> secrets = new ArrayList<>();
    for (String value : values) {
      if (value != null && value.strip().length() >= SHORTEST_SECRET) {
        secrets.add(value.strip());
      }
    }
    // Longest first, so a secret that contains another is masked whole.
    secrets.sort(Comparator.comparingInt(String::length).reversed());
    return new SecretMask(List.copyOf(secrets));
  }

  public static SecretMask none() {
    return new SecretMask(List.of());
  }

  /** True when there is nothing to mask, so a caller can skip decoding what it writes. */
  public boolean isEmpty() {
    return secrets.isEmpty();
  }

  public String mask(String text) {
    if (text == null || secrets.isEmpty()) {
      return text;
    }
    String masked = text;
    for (String secret : secrets) {
      masked = masked.replace(secret, MASK);
    }
    return masked;
  }
}
