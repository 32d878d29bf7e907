package dev.minutes.parse;

import dev.minutes.notes.Owner;
import dev.minutes.people.Names;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.people.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns an owner token as written ({@code RD}, {@code Simon}, {@code @alice}) into the person it
 * denotes, or null when that would be a guess. The people directory decides first; otherwise the
 * meeting's participants: an exact or given-name match, then initials inferred from the name
 * ({@code RăzvanD} → RD), then a single-name participant that is the only one who could match. One
 * per meeting, used by one thread: it remembers its answers.
 */
final class OwnerResolver {
  /** Owners that name a group, not a person: never a warning, never a person. */
  static final Set<String> GROUP_WORDS =
      Set.of(
          "all",
          "everyone",
          "everybody",
          "team",
          "mentors",
          "mentees",
          "maintainers",
          "reviewers",
          "leaders",
          "students",
          "contributors",
          "organizers",
          "organisers",
          "members",
          "core",
          "we",
          "us",
          "volunteers",
          "attendees",
          "participants",
          "authors",
          "owners");

  /** Outcome of resolving one token. */
  enum Match {
    PERSON,
    GROUP,
    AMBIGUOUS,
    UNKNOWN
  }

  record Resolution(Owner owner, Match match) {}

  private static final Pattern SHORT_NAME =
      Pattern.compile("\\p{Lu}\\p{Ll}+\\p{Lu}{1,2}|\\p{Lu}{2}\\p{Ll}{4,}");

  /**
   * A participant with the spellings owner tokens are compared against, derived once per name:
   * every line of the notes asks whether its first words name someone.
   */
  private record Participant(
      String name, String folded, String foldedGivenName, Optional<String> initials, String first) {
    /** Spellings already derived: a community's meetings list the same people again and again. */
    private static final BoundedMemo<String, Participant> DERIVED =
        new BoundedMemo<>(Participant::derive, BoundedMemo.DISTINCT_TEXTS);

    static Participant of(String name) {
      return DERIVED.apply(name);
    }

    private static Participant derive(String name) {
      String folded = Names.fold(name);
      return new Participant(
          name,
          folded,
          Names.fold(Names.givenName(name)),
          Names.initials(name),
          Names.firstLetterOfKey(folded));
    }
  }

  private final List<String> participants;
  private final List<Participant> spellings;
  private final PeopleDirectory people;

  /**
   * Answers already given: a meeting names the same few owners line after line, and each answer
   * depends only on the token and this meeting.
   */
  private final Map<String, Resolution> resolved = new HashMap<>();

  private final Map<String, Boolean> known = new HashMap<>();

  /** Abbreviations the notes define for their attendees ({@link AttendeeKeys}). */
  private final Map<String, String> aliases;

  OwnerResolver(List<String> participants, PeopleDirectory people) {
    this(participants, people, Map.of());
  }

  OwnerResolver(List<String> participants, PeopleDirectory people, Map<String, String> aliases) {
    this.aliases = Map.copyOf(aliases);
    this.participants = List.copyOf(participants);
    this.spellings = this.participants.stream().map(Participant::of).toList();
    this.people = people;
  }

  Resolution resolve(String written) {
    return resolved.computeIfAbsent(written, this::resolveOnce);
  }

  private Resolution resolveOnce(String written) {
    String token = withoutAt(written.strip());
    if (isGroup(token)) {
      return new Resolution(new Owner(token, null), Match.GROUP);
    }
    Optional<Person> known = people.find(token);
    if (known.isPresent()) {
      return new Resolution(new Owner(token, nameOf(known.get())), Match.PERSON);
    }
    String aliased = aliases.get(token);
    if (aliased != null) {
      return new Resolution(new Owner(token, aliased), Match.PERSON);
    }
    List<String> candidates = participantCandidates(token);
    if (candidates.size() == 1) {
      return new Resolution(new Owner(token, candidates.get(0)), Match.PERSON);
    }
    return new Resolution(
        new Owner(token, null), candidates.isEmpty() ? Match.UNKNOWN : Match.AMBIGUOUS);
  }

  /** True when the token surely denotes someone: a participant or a person in the directory. */
  boolean knows(String token) {
    if (aliases.containsKey(token)) {
      return true;
    }
    return known.computeIfAbsent(
        token, spelling -> people.find(spelling).isPresent() || !byName(spelling).isEmpty());
  }

  /** Up to three words whose last is a group word: "all", "the mentors", "all unikraft members". */
  static boolean isGroup(String token) {
    // Asked of nearly every owner token: words are counted in a loop, not split by a pattern.
    String folded = Names.fold(token);
    int words = 0;
    int lastStart = 0;
    int lastEnd = 0;
    for (int i = 0; i < folded.length(); i++) {
      if (!TextShapes.isPatternSpace(folded.charAt(i))) {
        if (i == 0 || TextShapes.isPatternSpace(folded.charAt(i - 1))) {
          words++;
          lastStart = i;
        }
        lastEnd = i + 1;
      }
    }
    return words >= 1 && words <= 3 && GROUP_WORDS.contains(folded.substring(lastStart, lastEnd));
  }

  /** A directory person is named as this meeting's participants spell them, when they attend. */
  private String nameOf(Person person) {
    for (String participant : participants) {
      if (people.find(participant).filter(person::equals).isPresent()) {
        return participant;
      }
    }
    return person.name();
  }

  private List<String> participantCandidates(String token) {
    List<String> named = byName(token);
    if (!named.isEmpty()) {
      return named;
    }
    if (!looksLikeInitials(token)) {
      return List.of();
    }
    String wanted = Names.fold(token.toUpperCase(Locale.ROOT)).toUpperCase(Locale.ROOT);
    List<String> exact = new ArrayList<>();
    List<String> singleNames = new ArrayList<>();
    String first = Names.firstLetter(token);
    for (Participant participant : spellings) {
      if (participant.initials().isPresent() && participant.initials().get().equals(wanted)) {
        exact.add(participant.name());
      } else if (participant.initials().isEmpty() && participant.first().equals(first)) {
        singleNames.add(participant.name());
      }
    }
    return exact.isEmpty() ? singleNames : exact;
  }

  private List<String> byName(String token) {
    String folded = Names.fold(token);
    List<String> exact = new ArrayList<>();
    List<String> given = new ArrayList<>();
    for (Participant participant : spellings) {
      if (participant.folded().equals(folded)) {
        exact.add(participant.name());
      } else if (folded.length() > 2 && participant.foldedGivenName().equals(folded)) {
        given.add(participant.name());
      }
    }
    return exact.isEmpty() ? given : exact;
  }

  private static String withoutAt(String token) {
    return token.startsWith("@") ? token.substring(1) : token;
  }

  /**
   * Initials as notes write them: {@code RD}, {@code RdS}, {@code SjK}, and initials with a short
   * disambiguating tail ({@code MSch}, {@code ATtr}, {@code APv}, {@code SKo}).
   */
  static boolean looksLikeInitials(String token) {
    // Asked of every first word of an owner list: the two shapes are scanned by hand, not matched
    // by a pattern (InitialsScanTest holds the scan to the pattern it stands in for).
    int letters = token.codePointCount(0, token.length());
    if (letters < 2 || letters > 5) {
      return false;
    }
    return capitalsWithLowerCaseBetween(token) || twoCapitalsAndLowerCase(token);
  }

  /** {@code \p{Lu}(\p{Ll}?\p{Lu}){1,2}}: RD, RdS, SjK, RDS. */
  private static boolean capitalsWithLowerCaseBetween(String token) {
    if (!isUpper(token, 0)) {
      return false;
    }
    int capitals = 0;
    int i = Character.charCount(token.codePointAt(0));
    while (i < token.length()) {
      if (isLower(token, i)) {
        i += Character.charCount(token.codePointAt(i));
      }
      if (i == token.length() || !isUpper(token, i)) {
        return false;
      }
      i += Character.charCount(token.codePointAt(i));
      capitals++;
    }
    return capitals >= 1 && capitals <= 2;
  }

  /** {@code \p{Lu}{2}\p{Ll}{1,3}} (its length is checked before): MSch, SKo. */
  private static boolean twoCapitalsAndLowerCase(String token) {
    int lower = 0;
    for (int i = 0, letter = 0; i < token.length(); letter++) {
      boolean fits = letter < 2 ? isUpper(token, i) : isLower(token, i);
      if (!fits) {
        return false;
      }
      lower += letter < 2 ? 0 : 1;
      i += Character.charCount(token.codePointAt(i));
    }
    return lower >= 1;
  }

  private static boolean isUpper(String text, int at) {
    return Character.getType(text.codePointAt(at)) == Character.UPPERCASE_LETTER;
  }

  private static boolean isLower(String text, int at) {
    return Character.getType(text.codePointAt(at)) == Character.LOWERCASE_LETTER;
  }

  /** A participant-style name: given name plus family initial(s) ({@code RaduN}, {@code PaulU}). */
  static boolean looksLikeShortName(String token) {
    return SHORT_NAME.matcher(token).matches();
  }
}
