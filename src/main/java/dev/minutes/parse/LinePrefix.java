package dev.minutes.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the start of a line of notes says about it: a marker ({@code TODO:}, {@code Decision:}),
 * owners ({@code MR/MP/RdS:}, {@code MP and SK:}, {@code @alice}), and the rest of the text.
 *
 * @param marker the kind of explicit marker, or NONE
 * @param owners owner tokens as written, without {@code @}, in order
 * @param rest the text after marker and owners
 */
record LinePrefix(Marker marker, List<String> owners, String rest) {
  enum Marker {
    NONE,
    ACTION,
    DECISION
  }

  /** The longest owner list, not counting the whitespace before its colon. */
  private static final int MAX_OWNER_LIST = 60;

  private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:/|,|\\+|&|\\band\\b)\\s*");

  /** A parenthetical after the owners, "RD (create issue):", is a note, not an owner. */
  private static final Pattern NOTE = Pattern.compile("\\s*\\([^)]*\\)\\s*$");

  private static final Pattern MENTION_BREAKS = Pattern.compile("(?:[\\s,&]|\\band\\b)+");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.:]+$");
  private static final Pattern LEADING_SEPARATOR = Pattern.compile("^[:\\-–]\\s*");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern PLAIN_WORD = Pattern.compile("[\\w.-]+");

  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'.-]*");

  /** Upper-case words that open lines without naming anyone. */
  private static final Set<String> NOT_OWNERS =
      Set.of(
          "TODO", "NOTE", "NB", "FYI", "PR", "PRS", "CI", "CD", "API", "TBD", "ARM", "KVM", "VMM",
          "SMP", "OSS", "QA", "ETA", "WIP", "EOD", "PS", "OK", "BTW", "IMO", "URL", "RFC", "CFP",
          "AWS", "GCP", "TLS", "ELF", "OS", "VM", "UI", "UX", "IO", "FS", "DNS", "TCP", "UDP", "IP",
          "CPU", "GPU", "RAM", "MMU", "IRQ", "ISR", "PCI", "USB", "ACPI", "EFI", "GCC", "LLVM",
          "AI", "ML", "FAQ", "TOC", "GSOC", "FIXME", "XXX", "Q", "A", "CVE", "SEV", "MTE", "CET",
          "RISC", "XEN", "ABI");

  static LinePrefix of(String line, OwnerResolver resolver) {
    return of(line, resolver, LineMarkers.standard());
  }

  static LinePrefix of(String line, OwnerResolver resolver, LineMarkers markers) {
    String text = line.strip();
    if (!markers.mayOpenMarker(text)) {
      LinePrefix owned = ownersOf(text, resolver);
      return owned != null ? owned : new LinePrefix(Marker.NONE, List.of(), text);
    }
    Matcher decision = markers.decision.matcher(text);
    if (decision.find()) {
      return new LinePrefix(Marker.DECISION, List.of(), text.substring(decision.end()).strip());
    }
    Matcher action = markers.action.matcher(text);
    if (action.find() && markerEndsHere(text, action)) {
      String after = text.substring(action.end()).strip();
      List<String> owners = new ArrayList<>();
      if (action.group(1) != null) {
        owners.addAll(ownerTokens(action.group(1), resolver, true));
      }
      LinePrefix inner = owners.isEmpty() ? ownersOf(after, resolver) : null;
      if (inner != null) {
        return new LinePrefix(Marker.ACTION, inner.owners(), inner.rest());
      }
      return new LinePrefix(Marker.ACTION, owners, after);
    }
    LinePrefix owned = ownersOf(text, resolver);
    return owned != null ? owned : new LinePrefix(Marker.NONE, List.of(), text);
  }

  /** A marker counts only as a label: {@code TODO: x}, {@code TODO RD: x}, not "Todo list app". */
  private static boolean markerEndsHere(String text, Matcher action) {
    String matched = text.substring(action.start(), action.end());
    if (matched.contains(":") || matched.contains("-") || matched.contains("–")) {
      return true;
    }
    String after = text.substring(action.end());
    // "TODO RD: x" names an owner; "to do the transition:" is a phrase that happens to start so.
    String owner = after.stripLeading();
    boolean named =
        !owner.isEmpty() && (Character.isUpperCase(owner.charAt(0)) || owner.charAt(0) == '@');
    return action.group(1) != null || named && ownerList(after) != null && after.indexOf(':') < 20;
  }

  private static LinePrefix ownersOf(String text, OwnerResolver resolver) {
    int mentionsEnd = text.startsWith("@") ? mentionsEnd(text) : 0;
    if (mentionsEnd > 0) {
      List<String> owners = new ArrayList<>();
      for (String mention : MENTION_BREAKS.split(text.substring(0, mentionsEnd))) {
        if (!mention.isBlank()) {
          owners.add(TRAILING_PUNCTUATION.matcher(mention.strip().substring(1)).replaceAll(""));
        }
      }
      String rest = LEADING_SEPARATOR.matcher(text.substring(mentionsEnd)).replaceFirst("");
      return new LinePrefix(Marker.NONE, owners, rest.strip());
    }
    OwnerList list = ownerList(text);
    if (list == null) {
      return null;
    }
    List<String> owners = ownerTokens(list.written(), resolver, false);
    if (owners.isEmpty()) {
      return null;
    }
    return new LinePrefix(Marker.NONE, owners, text.substring(list.end()).strip());
  }

  /**
   * Where the run of {@code @handle} mentions the text starts with ends (with the whitespace and
   * commas after it), or 0 when it has none. A loop, not a pattern: a repeated group recurses once
   * per mention in java.util.regex, and a line of thousands overflows the stack.
   */
  private static int mentionsEnd(String text) {
    int end = 0;
    int i = 0;
    while (i < text.length() && text.charAt(i) == '@') {
      int handle = i + 1;
      while (handle < text.length() && isHandleChar(text.charAt(handle))) {
        handle++;
      }
      if (handle == i + 1) {
        break;
      }
      i = separatorEnd(text, handle);
      end = i;
    }
    return end;
  }

  /** After a mention: the whitespace, commas and one "and" / "&" before the next mention. */
  private static int separatorEnd(String text, int from) {
    int i = from;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ',')) {
      i++;
    }
    int joined = text.startsWith("and ", i) ? i + 4 : text.startsWith("& ", i) ? i + 2 : i;
    if (joined > i) {
      while (joined < text.length() && Character.isWhitespace(text.charAt(joined))) {
        joined++;
      }
      // "@a and @b chat": the next mention; "@a and then ...": the run ends before "and".
      return joined < text.length() && text.charAt(joined) == '@' ? joined : i;
    }
    return i;
  }

  /** The characters of {@code [\w.-]}. */
  private static boolean isHandleChar(char c) {
    return c == '_' || c == '.' || c == '-' || c < 128 && Character.isLetterOrDigit(c);
  }

  /**
   * An owner list the text opens with, as written, and where the text after its colon (and the
   * whitespace after that) starts.
   */
  record OwnerList(String written, int end) {}

  /**
   * The owner list of {@code ^([^:]{1,60}?)\s*:(?:\s+|$)}, or null when the text has none: the text
   * up to its first colon, without the whitespace before the colon, 1 to 60 characters long; the
   * colon followed by whitespace or the end of the text. Asked of every line of the notes; a loop
   * does what the lazy pattern does without its backtracking.
   */
  static OwnerList ownerList(String text) {
    int colon = text.indexOf(':');
    if (colon < 1) {
      return null;
    }
    int listEnd = colon;
    while (listEnd > 1 && TextShapes.isPatternSpace(text.charAt(listEnd - 1))) {
      listEnd--;
    }
    if (listEnd > MAX_OWNER_LIST) {
      return null;
    }
    int end = colon + 1;
    while (end < text.length() && TextShapes.isPatternSpace(text.charAt(end))) {
      end++;
    }
    if (end == colon + 1 && !endsInput(text, end)) {
      return null;
    }
    return new OwnerList(text.substring(0, listEnd), end);
  }

  /** Where {@code $} matches: the end, or before a last line terminator that is not {@code \s}. */
  private static boolean endsInput(String text, int at) {
    if (at == text.length()) {
      return true;
    }
    char last = text.charAt(at);
    return at + 1 == text.length() && (last == '\u0085' || last == '\u2028' || last == '\u2029');
  }

  /**
   * The owner tokens of a written owner list, or empty when it is not one. Initials, known people
   * and group words stand alone; a capitalised name counts only next to one of those, so a label
   * such as "Questions:" or "Next meeting:" is not taken for a person.
   */
  private static List<String> ownerTokens(String written, OwnerResolver resolver, boolean lenient) {
    String owners = written.indexOf('(') < 0 ? written : NOTE.matcher(written).replaceAll("");
    String[] parts =
        mayList(owners) ? SEPARATOR.split(owners.strip()) : new String[] {owners.strip()};
    List<String> tokens = new ArrayList<>();
    boolean anchored = false;
    for (String part : parts) {
      String token = withoutAt(part.strip());
      if (token.isEmpty()) {
        return List.of();
      }
      if (standsAlone(token, resolver)) {
        anchored = true;
      } else if (!isName(token) && !(lenient && PLAIN_WORD.matcher(token).matches())) {
        return List.of();
      }
      tokens.add(token);
    }
    return anchored || lenient ? tokens : List.of();
  }

  /** Whether the text has a {@link #SEPARATOR}; most owner lists are one token. */
  private static boolean mayList(String text) {
    for (int i = 0; i < text.length(); i++) {
      if ("/,+&".indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return text.contains("and");
  }

  /** Initials, a known person or a group word: an owner even without a name beside it. */
  private static boolean standsAlone(String token, OwnerResolver resolver) {
    // Both shapes open with an upper-case letter; most words of notes do not.
    boolean initials =
        Character.getType(token.codePointAt(0)) == Character.UPPERCASE_LETTER
            && (OwnerResolver.looksLikeInitials(token) || OwnerResolver.looksLikeShortName(token))
            && !NOT_OWNERS.contains(token.toUpperCase(Locale.ROOT));
    return initials
        || resolver.knows(token)
        || OwnerResolver.isGroup(token) && WHITESPACE.split(token).length <= 2;
  }

  private static boolean isName(String token) {
    return NAME_WORD.matcher(token).matches() && !NOT_OWNERS.contains(token.toUpperCase());
  }

  private static String withoutAt(String token) {
    return token.startsWith("@") ? token.substring(1) : token;
  }
}
