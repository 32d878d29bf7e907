package dev.minutes.parse;

import dev.minutes.notes.AgendaItem;
import dev.minutes.notes.Decision;
import dev.minutes.notes.Diagnostic;
import dev.minutes.notes.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks the blocks of a notes body section by section and sorts what it reads into agenda,
 * discussion, action items and decisions, by the role of the section it is in: in an action section
 * a line that assigns work is an action and one that assigns nothing is a decision; explicit
 * markers ({@code TODO:}, {@code Decision:}, task-list items) count anywhere.
 */
final class SectionWalker {
  private static final Pattern PLACEHOLDER =
      Pattern.compile("(?i)^(to ?fill|todo|tbd|tbc|n/?a|none|-+|\\.\\.\\.|…)\\.?$");

  /** One link of a line that holds only links; tested word by word (see {@link #onlyLinks}). */
  private static final Pattern LINK = Pattern.compile("https?://\\S+|[\\w.-]+/[\\w.-]+#\\d+");

  private static final Pattern LINK_SEPARATORS = Pattern.compile("[\\s,;]+");
  private static final Pattern NAMED_OWNERS =
      Pattern.compile(
          "^(?<names>\\p{Lu}[\\p{L}\\p{M}]*(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*&\\s*|\\s*/\\s*)\\p{Lu}[\\p{L}\\p{M}]*)*)"
              + "\\s+(?:to|will|should|must|needs?\\s+to|has\\s+to|have\\s+to"
              + "|takes?\\s+(?:the\\s+)?action\\s+to|(?:is|are)\\s+encouraged\\s+to)\\s+\\p{Ll}");
  private static final Pattern NEEDED_FROM =
      Pattern.compile("\\b(?:from|by)\\s+(?<name>\\p{Lu}[\\p{L}\\p{M}]+)\\s*[.!]?$");

  private static final Pattern LOGISTICS =
      Pattern.compile(
          "(?i)(?:where|when|host|contact|name|email|e-mail|location|times?|date|dates|dial-in|zoom|"
              + "link|registration|agenda|notes)\\s*:");

  /** Capitalised words that open a sentence "X will ..." without naming anyone. */
  private static final java.util.Set<String> PRONOUNS =
      java.util.Set.of(
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

  private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|\\band\\b|&|/)\\s*");

  private final HeadingVocabulary vocabulary;
  private final LineMarkers markers;
  private final OwnerResolver resolver;
  private final Extraction out = Extraction.empty();

  /**
   * Prefixes already read: a line is looked at when paragraphs are split into segments, again as a
   * segment, and again under a lead; the answer depends only on the text and this meeting.
   */
  private final Map<String, LinePrefix> prefixes = new HashMap<>();

  private boolean hasActionSection;
  private boolean agendaHoldsMinutes;
  private SectionRole role = SectionRole.OTHER;
  private int roleLevel = 0;
  private String section;
  private String subsection;
  private boolean agendaHasList;
  private final List<AgendaItem> agendaProse = new ArrayList<>();

  /** Where the walk was before a label paragraph switched role; the next heading returns. */
  private Place beforeLabel;

  private int itemsAtStart;
  private int sectionLine;

  private SectionWalker(HeadingVocabulary vocabulary, LineMarkers markers, OwnerResolver resolver) {
    this.vocabulary = vocabulary;
    this.markers = markers;
    this.resolver = resolver;
  }

  static Extraction walk(
      List<Block> blocks,
      HeadingVocabulary vocabulary,
      LineMarkers markers,
      OwnerResolver resolver) {
    SectionWalker walker = new SectionWalker(vocabulary, markers, resolver);
    walker.survey(blocks);
    for (int i = 0; i < blocks.size(); i++) {
      i = walker.visit(blocks, i);
    }
    walker.endSection();
    return walker.out;
  }

  /**
   * What the notes look like as a whole. Without an action section, a note-taker's "Rich will post
   * ..." anywhere is the only record of a task. Without a discussion, action or decision section
   * after the agenda, the minutes are written as nested bullets under the agenda topics: the agenda
   * is then the top-level items, and the nested lines are read as discussion.
   */
  private void survey(List<Block> blocks) {
    boolean afterAgenda = false;
    boolean minutesAfterAgenda = false;
    boolean agenda = false;
    for (Block block : blocks) {
      if (block.kind() != Block.Kind.HEADING) {
        continue;
      }
      SectionRole found = vocabulary.roleOf(HeadingVocabulary.display(block.text())).orElse(null);
      if (found == SectionRole.ACTIONS) {
        hasActionSection = true;
      }
      if (found == SectionRole.AGENDA) {
        agenda = true;
        afterAgenda = true;
      } else if (afterAgenda
          && (found == SectionRole.DISCUSSION
              || found == SectionRole.ACTIONS
              || found == SectionRole.DECISIONS)) {
        minutesAfterAgenda = true;
      }
    }
    agendaHoldsMinutes = agenda && !minutesAfterAgenda;
  }

  /** Handles the block at {@code i}; returns the index of the last block it consumed. */
  private int visit(List<Block> blocks, int i) {
    Block block = blocks.get(i);
    switch (block.kind()) {
      case HEADING -> heading(block);
      case PARAGRAPH -> {
        return paragraph(blocks, i);
      }
      case ITEM -> item(block, null, List.of());
    }
    return i;
  }

  private void heading(Block block) {
    if (beforeLabel != null) {
      endSection();
      role = beforeLabel.role();
      roleLevel = beforeLabel.level();
      section = beforeLabel.section();
      subsection = beforeLabel.subsection();
      beforeLabel = null;
    }
    String title = HeadingVocabulary.display(block.text());
    Optional<SectionRole> found = vocabulary.roleOf(title);
    if (found.isPresent() && !(found.get() == role && block.level() > roleLevel)) {
      endSection();
      role = found.get();
      roleLevel = block.level();
      section = title;
      sectionLine = block.line();
      subsection = null;
    } else if (found.isEmpty() && block.level() <= roleLevel) {
      endSection();
      role = SectionRole.OTHER;
      roleLevel = block.level();
      section = title;
      sectionLine = block.line();
      subsection = null;
    } else {
      subsection = title;
    }
  }

  private void endSection() {
    if (role == SectionRole.AGENDA && !agendaHasList) {
      out.agenda().addAll(agendaProse);
      agendaProse.forEach(
          a ->
              explain(
                  a.line(), "agenda", a.text(), "prose line of agenda section '" + section + "'"));
    }
    int items = out.agenda().size() + out.actions().size() + out.decisions().size();
    if ((role == SectionRole.AGENDA || role == SectionRole.ACTIONS) && items == itemsAtStart) {
      out.diagnostics()
          .add(
              Diagnostic.warning(
                  "empty-section",
                  "section '"
                      + section
                      + "' has no "
                      + (role == SectionRole.AGENDA ? "agenda items" : "action items or decisions"),
                  sectionLine,
                  1));
    }
    itemsAtStart = items;
    agendaProse.clear();
    agendaHasList = false;
  }

  private int paragraph(List<Block> blocks, int i) {
    Block block = blocks.get(i);
    Optional<SectionRole> label = labelRole(block);
    if (label.isPresent()) {
      endSection();
      if (beforeLabel == null) {
        beforeLabel = new Place(role, roleLevel, section, subsection);
      }
      role = label.get();
      section = withoutTrailingColon(block.text());
      sectionLine = block.line();
      return i;
    }
    List<Segment> segments = segments(block);
    for (int s = 0; s < segments.size(); s++) {
      Segment segment = segments.get(s);
      boolean last = s == segments.size() - 1;
      List<Block> following = last ? followingItems(blocks, i) : List.of();
      if (!following.isEmpty() && leads(segment)) {
        lead(segment, following);
        return i + following.size();
      }
      line(segment);
    }
    return i;
  }

  /**
   * A one-line paragraph such as "Action items:" that works as a heading. Only labels of the
   * action, decision and next-agenda roles count without a colon: a bare "Updates" line is more
   * often an agenda entry than a heading.
   */
  private Optional<SectionRole> labelRole(Block block) {
    if (block.lines().size() != 1) {
      return Optional.empty();
    }
    String written = block.text();
    String text = withoutTrailingColon(written);
    boolean colon = written.strip().endsWith(":");
    Optional<SectionRole> found = vocabulary.exactRoleOf(text);
    if (found.isEmpty() || found.get() == role) {
      return Optional.empty();
    }
    boolean strong =
        found.get() == SectionRole.ACTIONS
            || found.get() == SectionRole.DECISIONS
            || found.get() == SectionRole.NEXT_AGENDA;
    return colon || strong ? found : Optional.empty();
  }

  private static List<Block> followingItems(List<Block> blocks, int i) {
    List<Block> items = new ArrayList<>();
    for (int j = i + 1; j < blocks.size() && blocks.get(j).kind() == Block.Kind.ITEM; j++) {
      items.add(blocks.get(j));
    }
    return items;
  }

  /** A line that ends with a colon introduces the list after it. */
  private static boolean leads(Segment segment) {
    return segment.text().endsWith(":");
  }

  /** Handles a lead line and the list it introduces ("RD: Open threads on:" + items). */
  private void lead(Segment segment, List<Block> items) {
    LinePrefix prefix = prefixOf(segment.text());
    boolean assigns = !prefix.owners().isEmpty() || prefix.marker() == LinePrefix.Marker.ACTION;
    if (role == SectionRole.ACTIONS && assigns) {
      for (Block item : items) {
        item(item, prefix.rest(), prefix.owners());
      }
      return;
    }
    if (role != SectionRole.ATTENDEES && settlesList(segment.text())) {
      String settles =
          prefix.marker() == LinePrefix.Marker.DECISION ? prefix.rest() : segment.text();
      for (Block item : items) {
        settledItem(settles, item);
      }
      return;
    }
    if (role == SectionRole.DISCUSSION || role == SectionRole.AGENDA) {
      line(segment);
    } else if (role == SectionRole.ATTENDEES) {
      line(segment);
    }
    if (role == SectionRole.ACTIONS || role == SectionRole.DECISIONS) {
      for (Block item : items) {
        itemUnderNeutralLead(item);
      }
      return;
    }
    for (Block item : items) {
      item(item, null, List.of());
    }
  }

  /**
   * "Consensus on:", "The TC agrees to:", "Decision:": a lead that settles each item of its list.
   * Each item (at any depth) is a decision, its text joined to the lead.
   */
  private boolean settlesList(String lead) {
    return prefixOf(lead).marker() == LinePrefix.Marker.DECISION
        || markers.decisionOpener.matcher(lead).lookingAt()
        || AGREES_TO.matcher(lead).find();
  }

  private void settledItem(String lead, Block item) {
    if (!item.text().isBlank()) {
      addDecision(
          join(lead, item.text()), item.line(), "item of a list the lead '" + lead + "' settles");
    }
    for (Block child : item.children()) {
      settledItem(lead, child);
    }
  }

  /** Items under a lead that assigns nothing ("Agenda for next meeting:"): only owned items. */
  private void itemUnderNeutralLead(Block item) {
    LinePrefix prefix = prefixOf(item.text());
    if (!prefix.owners().isEmpty()
        || prefix.marker() != LinePrefix.Marker.NONE
        || item.task() != null) {
      item(item, null, List.of());
    }
  }

  /**
   * One list item: an agenda entry, a statement, an action or a decision by section role.
   *
   * @param lead the text of the owner line above the list, or null
   * @param leadOwners the owners of that line
   */
  private void item(Block item, String lead, List<String> leadOwners) {
    String text = item.text();
    int line = item.line();
    switch (role) {
      case AGENDA -> {
        agendaHasList = true;
        if (item.level() > 0 && (agendaHoldsMinutes || assigns(text))) {
          role = SectionRole.DISCUSSION;
          item(item, lead, leadOwners);
          role = SectionRole.AGENDA;
          return;
        }
        if (!text.isEmpty() && !isPlaceholder(text) && !isLogistics(text)) {
          out.agenda().add(new AgendaItem(text, line));
          explain(line, "agenda", text, "list item of agenda section '" + section + "'");
        }
        children(item, null, List.of());
      }
      case ATTENDEES -> {
        if (!text.isEmpty()) {
          out.attendees().add(text);
        }
      }
      case ACTIONS, DECISIONS -> actionItem(item, lead, leadOwners);
      default -> {
        Segment segment = new Segment(text, line);
        if (item.task() != null) {
          LinePrefix prefix = prefixOf(text);
          addAction(prefix.owners(), prefix.rest(), line, item.task(), "task-list item '- [ ]'");
        } else {
          line(segment);
        }
        children(item, null, List.of());
      }
    }
  }

  private void actionItem(Block item, String lead, List<String> leadOwners) {
    String text = item.text();
    LinePrefix prefix = prefixOf(text);
    List<String> owners = prefix.owners().isEmpty() ? leadOwners : prefix.owners();
    String rest = prefix.rest();
    boolean done = Boolean.TRUE.equals(item.task());
    if (!item.children().isEmpty() && (rest.isEmpty() || rest.endsWith(":"))) {
      if (!owners.isEmpty() || prefix.marker() == LinePrefix.Marker.ACTION) {
        children(item, join(lead, rest), owners);
      } else {
        for (Block child : item.children()) {
          itemUnderNeutralLead(child);
        }
      }
      return;
    }
    String full = join(lead, rest);
    if (prefix.marker() == LinePrefix.Marker.DECISION) {
      addDecision(full, item.line(), "decision marker in " + where());
    } else if (!owners.isEmpty()
        || prefix.marker() == LinePrefix.Marker.ACTION
        || item.task() != null) {
      addAction(owners, full, item.line(), done, ownedWhy(owners, prefix));
    } else {
      unowned(new Segment(full, item.line()));
    }
    children(item, null, owners);
  }

  private void children(Block item, String lead, List<String> owners) {
    for (Block child : item.children()) {
      item(child, lead, owners);
    }
  }

  /** One paragraph line (or joined lines) outside a list. */
  private void line(Segment segment) {
    String text = segment.text();
    if (text.isEmpty() || isPlaceholder(text)) {
      return;
    }
    LinePrefix prefix = prefixOf(text);
    List<String> named;
    switch (role) {
      case AGENDA -> {
        // Minutes written under the agenda topics mark their outcomes: "Actions: JB to poke ...".
        if (prefix.marker() == LinePrefix.Marker.ACTION) {
          markedAction(prefix, segment.line(), "action marker in " + where());
        } else if (prefix.marker() == LinePrefix.Marker.DECISION) {
          addDecision(prefix.rest(), segment.line(), "decision marker in " + where());
        } else {
          agendaProse.add(new AgendaItem(text, segment.line()));
        }
      }
      case ATTENDEES -> out.attendees().add(text);
      case ACTIONS, DECISIONS -> {
        if (prefix.marker() == LinePrefix.Marker.DECISION) {
          addDecision(prefix.rest(), segment.line(), "decision marker in " + where());
        } else if (!prefix.owners().isEmpty() || prefix.marker() == LinePrefix.Marker.ACTION) {
          addAction(
              prefix.owners(),
              prefix.rest(),
              segment.line(),
              false,
              ownedWhy(prefix.owners(), prefix));
        } else {
          unowned(segment);
        }
      }
      case NEXT_AGENDA -> {}
      default -> {
        if (prefix.marker() == LinePrefix.Marker.ACTION) {
          markedAction(prefix, segment.line(), "action marker");
        } else if (prefix.marker() == LinePrefix.Marker.DECISION) {
          addDecision(prefix.rest(), segment.line(), "decision marker");
        } else if (!hasActionSection && !(named = namedOwners(text)).isEmpty()) {
          addAction(
              named,
              text,
              segment.line(),
              false,
              "'NAME will/to VERB' assignment (the notes have no action section)");
        } else if (prefix.owners().isEmpty() && opensOutcome(text)) {
          addDecision(text, segment.line(), "opens with an outcome word (decision-openers)");
        } else if (role == SectionRole.DISCUSSION) {
          String speaker = prefix.owners().size() == 1 ? prefix.owners().get(0) : null;
          String said = speaker == null ? text : prefix.rest();
          if (!said.isBlank()) { // "RD:" alone says nothing
            out.discussion().add(new Statement(subsection, speaker, said, segment.line()));
          }
        }
      }
    }
  }

  /** A line of the action section without an owner prefix: named owners inside, or a decision. */
  private void unowned(Segment segment) {
    String text = segment.text();
    if (onlyLinks(text) || text.endsWith(":")) {
      return;
    }
    // A conclusion that assigns ("Brian to write a draft") is a task even for a name the
    // attendee list lacks: the section already says each line is an outcome.
    List<String> named =
        role == SectionRole.DECISIONS ? ownersInMarkedLine(text) : namedOwners(text);
    if (!named.isEmpty()) {
      addAction(named, text, segment.line(), false, "names its owner, in " + where());
    } else if (role == SectionRole.ACTIONS || role == SectionRole.DECISIONS) {
      addDecision(text, segment.line(), "assigns nothing, in " + where());
    }
  }

  /**
   * Whether the line is nothing but links and {@code owner/repo#N} references. Word by word: one
   * pattern repeating a group recurses once per link in java.util.regex and overflows the stack on
   * a long line.
   */
  private static boolean onlyLinks(String text) {
    String trimmed = text.strip();
    while (trimmed.endsWith(".")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    if (trimmed.isEmpty()) {
      return false;
    }
    for (String word : LINK_SEPARATORS.split(trimmed)) {
      if (!word.isEmpty() && !LINK.matcher(word).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * A nested agenda line that is unmistakably a task ("Myles takes action to land", "ACTION: ...")
   * when the notes have no action section: minutes written under a topic, not a topic.
   */
  private boolean assigns(String text) {
    return !hasActionSection
        && (prefixOf(text).marker() == LinePrefix.Marker.ACTION || !namedOwners(text).isEmpty());
  }

  /** "VB will look into it", "Maria and Vlad to meet", "Updates needed from Sebastian". */
  private List<String> namedOwners(String text) {
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
   * A marker line: one action, or, when its sentences name different owners ("JF to create the
   * repo. Andreas to populate it."), one action per owned sentence. Unowned sentences before the
   * first owner settle something (a decision); one after an owned sentence is a task of its own.
   */
  private void markedAction(LinePrefix prefix, int line, String why) {
    List<String> sentences = Sentences.of(prefix.rest());
    boolean laterOwner = false;
    for (int i = 1; i < sentences.size() && !laterOwner; i++) {
      laterOwner = !ownersInMarkedLine(sentences.get(i)).isEmpty();
    }
    if (!prefix.owners().isEmpty() || !laterOwner) {
      addAction(prefix.owners(), prefix.rest(), line, false, why);
      return;
    }
    StringBuilder settled = new StringBuilder();
    boolean owned = false;
    for (String sentence : sentences) {
      List<String> owners = ownersInMarkedLine(sentence);
      owned |= !owners.isEmpty();
      if (owned) {
        addAction(owners, sentence, line, false, why + ", one sentence of several");
      } else {
        settled.append(settled.length() == 0 ? "" : " ").append(sentence);
      }
    }
    addDecision(settled.toString(), line, why + ": sentences before the first owner settle it");
  }

  /**
   * Owners of one sentence of a marker line. The marker already says it is a task, so a name the
   * attendee list lacks ("Andreas to populate.") still owns it; a pronoun ("It will") does not.
   */
  private List<String> ownersInMarkedLine(String sentence) {
    List<String> named = namedOwners(sentence);
    Matcher names = NAMED_OWNERS.matcher(sentence);
    if (!named.isEmpty() || !names.find()) {
      return named;
    }
    List<String> owners = new ArrayList<>();
    for (String name : NAME_SEPARATOR.split(names.group("names"))) {
      String token = name.strip();
      if (PRONOUNS.contains(token.toLowerCase(java.util.Locale.ROOT))) {
        return List.of();
      }
      owners.add(token);
    }
    return owners;
  }

  private void addAction(List<String> owners, String text, int line, boolean done, String why) {
    if (text.isBlank()) {
      return; // "everyone:" with nothing after it assigns nothing
    }
    // A marked or ticked item without an owner prefix may still name one: "TODO: RD to review".
    List<String> who = owners.isEmpty() ? namedOwners(text.strip()) : owners;
    out.actions().add(new Extraction.Draft(who, text.strip(), section, line, done));
    explain(line, done ? "action (done)" : "action", text.strip(), why);
  }

  private void addDecision(String text, int line, String why) {
    if (!text.isBlank()) {
      out.decisions().add(new Decision(text.strip(), line));
      explain(line, "decision", text.strip(), why);
    }
  }

  private void explain(int line, String kind, String text, String why) {
    out.explanations().add(new LineExplanation(line, kind, text, why));
  }

  /** The section the walk is in, for explanations. */
  private String where() {
    return section == null
        ? "the notes"
        : role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
            + " section '"
            + section
            + "'";
  }

  private String ownedWhy(List<String> owners, LinePrefix prefix) {
    String how =
        prefix.marker() == LinePrefix.Marker.ACTION
            ? "action marker"
            : owners.isEmpty() ? "task-list item" : "owner prefix " + String.join("/", owners);
    return how + ", in " + where();
  }

  /**
   * "Consensus on landing it", "No objection to landing": an outcome word and enough words of
   * content after it. "No objections." alone settles nothing a reader could act on.
   */
  private boolean opensOutcome(String text) {
    Matcher opener = markers.decisionOpener.matcher(text);
    if (!opener.find()) {
      return false;
    }
    String rest = text.substring(opener.end()).strip();
    return rest.split("\\s+").length >= 2;
  }

  /** "Where: Zoom", "Host: ...": the logistics of a call, listed under an agenda heading. */
  private static boolean isLogistics(String text) {
    return LOGISTICS.matcher(text).lookingAt();
  }

  /** A placeholder the notes template left unfilled: "TBD", "n/a", "---". */
  private static boolean isPlaceholder(String text) {
    // Only a run of dashes is longer than "to fill.", so most lines need not meet the pattern.
    return (text.length() <= 8 || text.startsWith("-")) && PLACEHOLDER.matcher(text).matches();
  }

  /** "Action items:" → "Action items": the colons and whitespace ({@code [:\s]+$}) that end it. */
  private static String withoutTrailingColon(String text) {
    int end = text.length();
    while (end > 0 && ": \t\n\u000B\f\r".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(0, end);
  }

  private LinePrefix prefixOf(String text) {
    return prefixes.computeIfAbsent(text, line -> LinePrefix.of(line, resolver, markers));
  }

  private static String join(String lead, String text) {
    if (lead == null || lead.isBlank()) {
      return text;
    }
    return text.isBlank() ? lead : lead + " " + text;
  }

  /** Lines of one paragraph grouped so that each owner or marker line starts a new group. */
  private List<Segment> segments(Block block) {
    List<Segment> segments = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    // While a group is one line, its text is that line's own string, whose hash the prefix cache
    // already holds; a copy would be hashed again.
    String oneLine = null;
    int start = 0;
    for (Block.Line line : block.lines()) {
      LinePrefix prefix = prefixOf(line.text());
      boolean starts = prefix.marker() != LinePrefix.Marker.NONE || !prefix.owners().isEmpty();
      if (text.length() > 0 && starts) {
        segments.add(new Segment(oneLine != null ? oneLine : text.toString(), start));
        text.setLength(0);
      }
      String stripped = line.text().strip();
      if (text.length() == 0) {
        start = line.number();
        oneLine = stripped;
      } else {
        text.append(' ');
        oneLine = null;
      }
      text.append(stripped);
    }
    if (text.length() > 0) {
      segments.add(new Segment(oneLine != null ? oneLine : text.toString(), start));
    }
    return segments;
  }

  private record Place(SectionRole role, int level, String section, String subsection) {}

  /** Joined lines of a paragraph that belong together, with the line they start on. */
  private record Segment(String text, int line) {}
}
