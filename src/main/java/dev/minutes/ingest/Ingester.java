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
 * unchanged since the last ingest is recognised by its hash and skipped.
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
   * @param adoption decides whether a meeting this call creates goes in as history; null for none
   */
  public IngestReport ingest(String source, byte[] content, boolean dryRun, Adoption adoption) {
    String hash = hash(content);
    // Parsing costs more than the store's answer: an unchanged file stops here.
    if (store.contentHash(source).filter(hash::equals).isPresent()) {
      return IngestReport.unchanged(source);
    }
    Meeting meeting = parser.parse(source, content);
    if (!meeting.isMeetingNotes()) {
      return IngestReport.notMeetingNotes(source);
    }
    Optional<Diagnostic> breach = limits.breach(meeting);
    if (breach.isPresent()) {
      List<Diagnostic> findings = new ArrayList<>(meeting.warnings());
      findings.add(breach.get());
      return new IngestReport(source, meeting.title(), null, findings);
    }
    // Lint decides what an error is, so `minutes lint` and ingest never disagree about a file.
    List<Finding> findings = linter.lint(meeting);
    List<Diagnostic> diagnostics = findings.stream().map(Finding::diagnostic).toList();
    if (Linter.hasErrors(findings)) {
      return new IngestReport(source, meeting.title(), null, diagnostics);
    }
    boolean history = adoption != null && adoption.isHistory(meeting);
    IngestOutcome outcome =
        store.ingest(
            meeting, hash, new Reconciler(meeting.actions()), clock.instant(), dryRun, history);
    return new IngestReport(
        source, meeting.title(), outcome, diagnostics, false, history && outcome.newMeeting());
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
