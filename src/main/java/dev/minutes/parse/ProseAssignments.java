package dev.minutes.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tasks a note-taker records in prose, in notes that have no action section: "Rich will post in the
 * issue", "CPC approved, Matteo will land after meeting", "It was agreed that Robin will send an
 * email", "New PR to be opened by Adam", "Need some help from Jory", "Action to revisit in next
 * meeting". The owner is the subject of the task; the text is the sentence that holds it.
 */
final class ProseAssignments {
  /** An owner named as a subject: "Matteo", "chris", "Mike D", "BW". */
  private static final String NAME = "\\p{L}[\\p{L}\\p{M}]*(?:\\s\\p{Lu}\\.?(?=\\s))?";

  private static final String NAMES =
      "(?<names>" + NAME + "(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*&\\s*|\\s*/\\s*)" + NAME + ")*)";

  /** What follows a subject that is given a task: "will", "to", "is taking this forward". */
  private static final String TASK_VERB =
      "\\s+(?:[^,.;:]{1,40}?\\s+and\\s+will|"
          + LineReading.TASK_WORDS
          + "|(?:is|are)\\s+(?:taking|going\\s+to)|please)\\s+(?!be\\b)\\p{Ll}";

  /** A subject at the start of a clause: the sentence start, after a comma, a dash or "that". */
  private static final Pattern CLAUSE_SUBJECT =
      Pattern.compile("(?:^|,\\s+|\\s[-–—]\\s+|\\bthat\\s+)" + NAMES + TASK_VERB);

  private static final Pattern GROUP_SUBJECT =
      Pattern.compile(
          "(?:^|,\\s+|\\s[-–—]\\s+)(?<names>(?:\\p{Lu}[\\p{L}\\p{M}]*\\s+)?\\p{Ll}+)\\s+please\\s+\\p{Ll}");

  private static final Pattern PASSIVE =
      Pattern.compile("\\bto\\s+be\\s+\\p{Ll}+ed\\s+by\\s+(?<names>\\p{Lu}[\\p{L}\\p{M}]*)");

  private static final Pattern HELP_FROM =
      Pattern.compile(
          "\\b(?:help|input|feedback|review|updates?)\\s+(?:is\\s+|are\\s+)?(?:needed\\s+)?from"
              + "\\s+(?<names>\\p{Lu}[\\p{L}\\p{M}]*)");

  /** "Action to revisit ...", "Next step is to write ...": a task with no owner named. */
  private static final Pattern NEXT_STEP =
      Pattern.compile(
          "(?i)^(?:next\\s+steps?\\s+(?:is|are|will\\s+be)\\s+to|action(?:\\s+item)?\\s+to)\\s+\\p{Ll}");

  /** "Rich -> ...", "Rich → ...": a speaker's line in a transcript. */
  private static final Pattern SPEECH = Pattern.compile("^\\p{Lu}[\\p{L}\\p{M}]*\\s*(?:->|→|=>)");

  private static final java.util.Set<String> PRONOUN_GROUPS = java.util.Set.of("we", "us");

  private final OwnerResolver resolver;

  ProseAssignments(OwnerResolver resolver) {
    this.resolver = resolver;
  }

  /** A task found in a line of prose, with its owners, its text and the rule that found it. */
  record Found(List<String> owners, String text, String why) {}

  static boolean isNextStep(String text) {
    return !text.endsWith(":") && NEXT_STEP.matcher(text).lookingAt();
  }

  /** The first task the line records, or null. */
  Found in(String text) {
    if (SPEECH.matcher(text).lookingAt()) {
      return null; // "Rich -> ... to be added by Rich": what someone said, not a record of a task
    }
    if (isNextStep(text)) {
      return new Found(List.of(), text, "'Action to' / 'Next step is to' line");
    }
    List<String> sentences = Sentences.of(text);
    for (String sentence : sentences) {
      List<String> owners = subjects(CLAUSE_SUBJECT.matcher(sentence), false);
      String why = "'NAME will/to VERB' assignment (no action section)";
      // Each pattern below needs its own word ("please", "by", "from"); looking for the word first
      // spares most sentences the search, as the parser's other pre-tests do.
      if (owners.isEmpty() && sentence.contains("please")) {
        owners = subjects(GROUP_SUBJECT.matcher(sentence), true);
        why = "'GROUP please VERB' request (no action section)";
      }
      if (owners.isEmpty() && sentence.contains("by")) {
        owners = subjects(PASSIVE.matcher(sentence), false);
        why = "'to be done by NAME' / 'help from NAME' (no action section)";
      }
      if (owners.isEmpty() && sentence.contains("from")) {
        owners = subjects(HELP_FROM.matcher(sentence), false);
        why = "'to be done by NAME' / 'help from NAME' (no action section)";
      }
      if (!owners.isEmpty()) {
        // The sentence that gives the task and what follows it: "Lindsey will create mailing
        // lists ...", after a sentence of discussion; the sentences after a task elaborate on it.
        int from = text.indexOf(sentence);
        return new Found(owners, from <= 0 ? text : text.substring(from), why);
      }
    }
    return null;
  }

  /**
   * The named subjects of the first match whose names denote people of this meeting (or a group,
   * for a request). Unknown capitalised words ("TAC needs to", "Omega will") name no one; in a list
   * of names, one known participant vouches for the others ("Wes and Ulises will").
   */
  private List<String> subjects(Matcher matcher, boolean group) {
    while (matcher.find()) {
      List<String> owners = new ArrayList<>();
      boolean known = false;
      boolean fits = true;
      for (String name : LineReading.NAME_SEPARATOR.split(matcher.group("names").strip())) {
        String token = name.strip();
        if (group || OwnerResolver.isGroup(token)) {
          // "All are encouraged to": a group; "We should" names no one to follow up with.
          boolean named =
              OwnerResolver.isGroup(token)
                  && !PRONOUN_GROUPS.contains(token.toLowerCase(java.util.Locale.ROOT));
          known |= named;
          fits &= named;
        } else if (isPerson(token)) {
          known = true;
        } else if (token.isEmpty() || !Character.isUpperCase(token.charAt(0))) {
          fits = false;
        }
        owners.add(token);
      }
      if (known && fits) {
        return owners;
      }
    }
    return List.of();
  }

  private boolean isPerson(String token) {
    if (OwnerResolver.looksLikeInitials(token)) {
      return resolver.resolve(token).match() == OwnerResolver.Match.PERSON;
    }
    return resolver.knows(token) || resolver.knows(firstWord(token));
  }

  private static String firstWord(String token) {
    int space = token.indexOf(' ');
    return space < 0 ? token : token.substring(0, space);
  }
}
