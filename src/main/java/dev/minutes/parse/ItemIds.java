package dev.minutes.parse;

import dev.minutes.people.Names;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Gives action items ids that stay the same while the item's owners and words do: a hash of the
 * folded text and owner tokens, plus an occurrence number when the same item appears twice. Line
 * numbers are left out on purpose, so editing another part of the file keeps every id.
 */
final class ItemIds {
  private final Map<String, Integer> seen = new HashMap<>();

  /** Cloned for each file: looking the algorithm up among the providers costs more. */
  private static final MessageDigest SHA256 = sha256();

  private final MessageDigest sha256 = copy(SHA256);

  String next(String text, List<String> owners) {
    String key = singleSpaced(Names.fold(text)) + "|" + Names.fold(String.join("/", owners));
    int occurrence = seen.merge(key, 1, Integer::sum);
    byte[] hash = sha256.digest((key + "|" + occurrence).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(hash, 0, 8);
  }

  /** The text with every run of whitespace ({@code \s+}) made one space. */
  private static String singleSpaced(String text) {
    if (isSingleSpaced(text)) {
      return text; // item texts are joined from stripped lines: nearly all are already
    }
    StringBuilder spaced = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = TextShapes.isPatternSpace(c);
      if (!space) {
        spaced.append(c);
      } else if (!gap) {
        spaced.append(' ');
      }
      gap = space;
    }
    return spaced.toString();
  }

  private static boolean isSingleSpaced(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && TextShapes.isPatternSpace(c)
          || c == ' ' && i > 0 && text.charAt(i - 1) == ' ') {
        return false;
      }
    }
    return true;
  }

  private static MessageDigest copy(MessageDigest prototype) {
    try {
      return (MessageDigest) prototype.clone();
    } catch (CloneNotSupportedException e) {
      return sha256(); // a provider whose digests cannot be cloned
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
