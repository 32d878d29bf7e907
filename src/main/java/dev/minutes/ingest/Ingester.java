package dev.minutes.ingest;

import dev.minutes.items.IngestOutcome;
import dev.minutes.items.Store;
import dev.minutes.lint.Finding;
import dev.minutes.lint.Linter;
import dev.minutes.notes.Diagnostic;
import dev.minutes.notes.Meeting;
import dev.minutes.parse.NotesParser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Parse → reconcile → store, one file at a time, each in its own transaction: a file with errors
 * writes nothing and the others still go in. A file whose content (and people directory) is
 * unchanged since the last ingest is recognised by its hash and skipped. The three steps ({@link
 * #unstored}, {@link #parse}, {@link #store}) can be taken apart, so that files are parsed on
 * another thread while the store writes.
 */
public final class Ingester {
  private final NotesParser parser;
  private final Store store;
  private final Clock clock;
  private final String peopleFingerprint;
  private final IngestLimits limits;
  private final Linter linter = new Linter();

  /**
   * @param peopleFingerprint changes whenever the people directory does, so owners are resolved
   *     again after it is edited
   */
  public Ingester(NotesParser parser, Store store, Clock clock, String peopleFingerprint) {
    this(parser, store, clock, peopleFingerprint, IngestLimits.DEFAULT);
  }

  public Ingester(
      NotesParser parser, Store store, Clock clock, String peopleFingerprint, IngestLimits limits) {
    this.parser = parser;
    this.store = store;
    this.clock = clock;
    this.peopleFingerprint = peopleFingerprint;
    this.limits = limits;
  }

  /** Ingests with no history: every new meeting is live (opens issues, is announced). */
  public IngestReport ingest(String source, byte[] content, boolean dryRun) {
    return ingest(source, content, dryRun, null);
  }

  /**
   * The three steps below, one after the other.
   *
   * @param adoption decides whether a meeting this call creates goes in as history; null for none
   */
  public IngestReport ingest(String source, byte[] content, boolean dryRun, Adoption adoption) {
    Optional<Unstored> file = unstored(source, content);
    return file.isEmpty()
        ? IngestReport.unchanged(source)
        : store(parse(file.get()), dryRun, adoption);
  }

  /** A file whose content the store does not hold: what the next steps need of it. */
  public record Unstored(String source, byte[] content, String hash) {}

  /**
   * A parsed file: the meeting to store with its lint findings, or the report of a file that is not
   * stored (no meeting's notes, too large, errors).
   */
  public record Parsed(
      String source,
      String hash,
      Meeting meeting,
      List<Diagnostic> diagnostics,
      IngestReport refused) {}

  /**
   * Step one, the store's: empty when the store already holds this content. Parsing costs more than
   * the store's answer, so an unchanged file stops here.
   */
  public Optional<Unstored> unstored(String source, byte[] content) {
    String hash = hash(content);
    if (store.contentHash(source).filter(hash::equals).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(new Unstored(source, content, hash));
  }

  /**
   * Step two, which needs no store and is thread-safe: parse, check the limits, lint. An ingest of
   * many files runs it on another thread while this one stores the file before.
   */
  public Parsed parse(Unstored file) {
    String source = file.source();
    Meeting meeting = parser.parse(source, file.content());
    if (!meeting.isMeetingNotes()) {
      return refused(file, IngestReport.notMeetingNotes(source));
    }
    Optional<Diagnostic> breach = limits.breach(meeting);
    if (breach.isPresent()) {
      List<Diagnostic> findings = new ArrayList<>(meeting.warnings());
      findings.add(breach.get());
      return refused(file, new IngestReport(source, meeting.title(), null, findings));
    }
    // Lint decides what an error is, so `minutes lint` and ingest never disagree about a file.
    List<Finding> findings = linter.lint(meeting);
    List<Diagnostic> diagnostics = findings.stream().map(Finding::diagnostic).toList();
    if (Linter.hasErrors(findings)) {
      return refused(file, new IngestReport(source, meeting.title(), null, diagnostics));
    }
    return new Parsed(source, file.hash(), meeting, diagnostics, null);
  }

  /**
   * Step three: writes a parsed meeting (unless {@code dryRun}).
   *
   * @param adoption decides whether a meeting this call creates goes in as history; null for none
   */
  public IngestReport store(Parsed parsed, boolean dryRun, Adoption adoption) {
    if (parsed.refused() != null) {
      return parsed.refused();
    }
    Meeting meeting = parsed.meeting();
    boolean history = adoption != null && adoption.isHistory(meeting);
    IngestOutcome outcome =
        store.ingest(
            meeting,
            parsed.hash(),
            new Reconciler(meeting.actions()),
            clock.instant(),
            dryRun,
            history);
    return new IngestReport(
        parsed.source(),
        meeting.title(),
        outcome,
        parsed.diagnostics(),
        false,
        history && outcome.newMeeting());
  }

  private static Parsed refused(Unstored file, IngestReport report) {
    return new Parsed(file.source(), file.hash(), null, List.of(), report);
  }

  private String hash(byte[] content) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(content);
      digest.update(peopleFingerprint.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
