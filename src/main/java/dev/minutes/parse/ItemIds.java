package dev.minutes.parse;

import dev.minutes.people.Names;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Gives action items ids that stay the same while the item's owners and words do: a hash of the
 * folded text and owner tokens, plus an occurrence number when the same item appears twice. Line
 * numbers are left out on purpose, so editing another part of the file keeps every id.
 */
final class ItemIds {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final Map<String, Integer> seen = new HashMap<>();
  private final MessageDigest sha256 = sha256();

  String next(String text, List<String> owners) {
    String key =
        WHITESPACE.matcher(Names.fold(text)).replaceAll(" ")
            + "|"
            + Names.fold(String.join("/", owners));
    int occurrence = seen.merge(key, 1, Integer::sum);
    byte[] hash = sha256.digest((key + "|" + occurrence).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(hash).substring(0, 16);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
