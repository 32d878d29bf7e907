package dev.minutes.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words of one line say, whatever section it is in: its prefix (marker and owners), the
 * people it names as the subject of a task, and whether it opens or settles an outcome. One per
 * meeting: the answers depend only on the text and this meeting's participants.
 */
final class LineReading {
  /**
   * The words after a subject that give it a task: "to", "will", "needs to", "is encouraged to".
   * {@link ProseAssignments} accepts these and a few more.
   */
  static final String TASK_WORDS =
      "to|will|should|must|needs?\\s+to|has\\s+to|have\\s+to"
          + "|takes?\\s+(?:the\\s+)?action\\s+to|(?:is|are)\\s+encouraged\\s+to";

  private static final Pattern NAMED_OWNERS =
      Pattern.compile(
          "^(?<names>\\p{Lu}[\\p{L}\\p{M}]*(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*&\\s*|\\s*/\\s*)\\p{Lu}[\\p{L}\\p{M}]*)*)"
              + "\\s+(?:"
              + TASK_WORDS
              + ")\\s+\\p{Ll}");
  private static final Pattern NEEDED_FROM =
      Pattern.compile("\\b(?:from|by)\\s+(?<name>\\p{Lu}[\\p{L}\\p{M}]+)\\s*[.!]?$");

  /** Capitalised words that open a sentence "X will ..." without naming anyone. */
  private static final Set<String> PRONOUNS =
      Set.of(
          "i",
          "we",
          "you",
          "he",
          "she",
          "it",
          "they",
          "this",
          "that",
          "these",
          "those",
          "there",
          "someone",
          "somebody",
          "who",
          "which",
          "what",
          "pr",
          "issue",
          "discussion");

  private static final Pattern AGREES_TO =
      Pattern.compile("(?i)\\b(?:agrees?|agreed|resolves?|resolved)\\s+(?:to|on|that)\\s*:$");

  private static final Pattern POLL_LEAD =
      Pattern.compile("(?i)^poll\\s+(?<question>[^:]{3,200}):$");

  /** Between the names of a list of owners: "RD, SJ and TT", "RD/SJ". */
  static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|\\band\\b|&|/)\\s*");

  private final LineMarkers markers;
  private final OwnerResolver resolver;

  /**
   * Prefixes already read: a line is looked at when paragraphs are split into segments, again as a
   * segment, and again under a lead.
   */
  private final Map<String, LinePrefix> prefixes = new HashMap<>();

  LineReading(LineMarkers markers, OwnerResolver resolver) {
    this.markers = markers;
    this.resolver = resolver;
  }

  LinePrefix prefixOf(String text) {
    return prefixes.computeIfAbsent(text, line -> LinePrefix.of(line, resolver, markers));
  }

  /** Whether the line opens with a marker or an owner, so that it starts an item of its own. */
  boolean startsItem(String text) {
    LinePrefix prefix = prefixOf(text);
    return prefix.marker() != LinePrefix.Marker.NONE || !prefix.owners().isEmpty();
  }

  /** "VB will look into it", "Maria and Vlad to meet", "Updates needed from Sebastian". */
  List<String> namedOwners(String text) {
    Matcher names = NAMED_OWNERS.matcher(text);
    if (names.find()) {
      List<String> owners = new ArrayList<>();
      for (String name : NAME_SEPARATOR.split(names.group("names"))) {
        String token = name.strip();
        if (!(OwnerResolver.looksLikeInitials(token)
            || OwnerResolver.isGroup(token)
            || resolver.knows(token))) {
          return List.of();
        }
        owners.add(token);
      }
      return owners;
    }
    Matcher from = NEEDED_FROM.matcher(text);
    if (from.find() && resolver.knows(from.group("name"))) {
      return List.of(from.group("name"));
    }
    return List.of();
  }

  /**
   * Owners of one sentence of a marker line. The marker already says it is a task, so a name the
   * attendee list lacks ("Andreas to populate.") still owns it; a pronoun ("It will") does not.
   */
  List<String> ownersInMarkedLine(String sentence) {
    List<String> named = namedOwners(sentence);
    Matcher names = NAMED_OWNERS.matcher(sentence);
    if (!named.isEmpty() || !names.find()) {
      return named;
    }
    List<String> owners = new ArrayList<>();
    for (String name : NAME_SEPARATOR.split(names.group("names"))) {
      String token = name.strip();
      if (PRONOUNS.contains(token.toLowerCase(Locale.ROOT))) {
        return List.of();
      }
      owners.add(token);
    }
    return owners;
  }

  /**
   * "Consensus on landing it", "No objection to landing": an outcome word and enough words of
   * content after it. "No objections." alone settles nothing a reader could act on.
   */
  boolean opensOutcome(String text) {
    Matcher opener = markers.decisionOpener.matcher(text);
    if (!opener.find()) {
      return false;
    }
    String rest = text.substring(opener.end()).strip();
    return rest.split("\\s+").length >= 2;
  }

  /**
   * "Consensus on:", "The TC agrees to:", "Decision:": a lead that settles each item of its list.
   */
  boolean settlesList(String lead) {
    return prefixOf(lead).marker() == LinePrefix.Marker.DECISION
        || markers.decisionOpener.matcher(lead).lookingAt()
        || AGREES_TO.matcher(lead).find();
  }

  /** "Talk offline about ...", "Next step is to write ...": a task with no owner named. */
  boolean opensTask(String text) {
    return markers.taskVerb.matcher(text).lookingAt() || ProseAssignments.isNextStep(text);
  }

  /** The task of a bracketed marker inside the line ("[TODO: Add slides]"), or null. */
  String inlineAction(String text) {
    if (text.indexOf('[') < 0) {
      return null;
    }
    Matcher inline = markers.inlineAction.matcher(text);
    return inline.find() ? inline.group("task").strip() : null;
  }

  /** "Poll Relaxed-SIMD to Phase 4:" (a vote recorded after it): the question, or null. */
  String pollLead(String text) {
    if (!text.regionMatches(true, 0, "poll", 0, 4)) {
      return null; // asked of every line; most open with another word
    }
    Matcher poll = POLL_LEAD.matcher(text);
    return poll.matches() ? poll.group("question").strip() : null;
  }
}
