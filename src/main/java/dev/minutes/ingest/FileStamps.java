package dev.minutes.ingest;

import dev.minutes.items.FileVerdict;
import dev.minutes.items.Meetings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises a notes file that has not changed since it was last read, without reading it: its size
 * and modification time equal the stamp recorded then, as git's index does. The stamp also holds a
 * fingerprint of what reading depends on besides the file (the people directory, the parser's
 * vocabulary and limits, the build of Minutes), so a change of any of them reads every file again.
 * The stamps and verdicts of all files are read once per run, so an unchanged re-ingest costs one
 * {@code stat} per file.
 *
 * <p>A file that is stored has its stamp on its meeting; a file that is refused or is not meeting
 * notes has a {@link FileVerdict}, replayed with its findings while the file keeps its stamp.
 *
 * <p>A file modified within {@link #RACY} of being stamped could change again within the same tick
 * of the file system's clock and keep its stamp, so such a file gets no stamp and is read next
 * time, as git treats its "racily clean" entries.
 */
public final class FileStamps {
  static final Duration RACY = Duration.ofSeconds(2);

  private final Meetings meetings;
  private final Map<String, String> stamps;
  private final Map<String, FileVerdict> verdicts;
  private final String context;
  private final Clock wallClock;

  FileStamps(Meetings meetings, String context, Clock wallClock) {
    this.meetings = meetings;
    this.stamps = meetings.fileStamps();
    this.verdicts = meetings.fileVerdicts();
    this.context = fingerprint(context);
    this.wallClock = wallClock;
  }

  /**
   * @param context everything besides the file that reading it depends on, as text
   */
  public static FileStamps of(Meetings meetings, String context) {
    return new FileStamps(meetings, context, Clock.systemUTC());
  }

  /**
   * The file's stamp as it is now, taken before the file is read (a change made after it then only
   * makes the stamp stale, never wrong); empty when it is too recent to be trusted.
   */
  public Optional<String> current(Path file) throws IOException {
    return current(Files.readAttributes(file, BasicFileAttributes.class));
  }

  /** {@link #current(Path)} from the file's attributes (a link's: its target's), read before. */
  public Optional<String> current(BasicFileAttributes attributes) {
    Instant modified = attributes.lastModifiedTime().toInstant();
    if (modified.isAfter(wallClock.instant().minus(RACY))) {
      return Optional.empty();
    }
    return Optional.of(
        attributes.size()
            + ":"
            + modified.getEpochSecond()
            + "."
            + modified.getNano()
            + ":"
            + context);
  }

  /**
   * What the last run that read this file, with exactly this stamp, found: unchanged, refused or
   * not meeting notes; empty when the file must be read.
   */
  public Optional<IngestReport> known(String source, Optional<String> stamp) {
    if (stamp.isEmpty()) {
      return Optional.empty();
    }
    if (stamp.get().equals(stamps.get(source))) {
      return Optional.of(IngestReport.unchanged(source));
    }
    FileVerdict verdict = verdicts.get(source);
    if (verdict == null || !verdict.stamp().equals(stamp.get())) {
      return Optional.empty();
    }
    return Optional.of(
        verdict.notMeetingNotes()
            ? IngestReport.notMeetingNotes(source)
            : new IngestReport(source, verdict.title(), null, verdict.findings()));
  }

  /** Records what reading the file with this stamp found, for the next run. */
  public void remember(IngestReport report, Optional<String> stamp) {
    if (stamp.isEmpty()) {
      return;
    }
    String source = report.source();
    if (report.outcome() != null) {
      if (!stamp.get().equals(stamps.get(source))) {
        meetings.recordFileStamp(source, stamp.get());
        stamps.put(source, stamp.get());
        verdicts.remove(source);
      }
      return;
    }
    FileVerdict verdict =
        new FileVerdict(
            stamp.get(),
            report.notMeetingNotes(),
            report.title(),
            report.notMeetingNotes() ? List.of() : report.warnings());
    if (!verdict.equals(verdicts.get(source))) {
      meetings.recordFileVerdict(source, verdict);
      verdicts.put(source, verdict);
    }
  }

  private static String fingerprint(String context) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(context.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
