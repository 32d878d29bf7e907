package dev.minutes.ingest;

import dev.minutes.items.Meetings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises a notes file that has not changed since it was last read, without reading it: its size
 * and modification time (and the people directory's fingerprint, which changes how owners resolve)
 * equal the stamp recorded then. Git's index does the same. The stamps of all meetings are read
 * once per run, so an unchanged re-ingest costs one {@code stat} per file.
 *
 * <p>A file modified within {@link #RACY} of being stamped could change again within the same tick
 * of the file system's clock and keep its stamp, so such a file gets no stamp and is hashed next
 * time, as git treats its "racily clean" entries.
 */
public final class FileStamps {
  static final Duration RACY = Duration.ofSeconds(2);

  private final Meetings meetings;
  private final Map<String, String> recorded;
  private final String peopleFingerprint;
  private final Clock wallClock;

  FileStamps(Meetings meetings, String peopleFingerprint, Clock wallClock) {
    this.meetings = meetings;
    this.recorded = meetings.fileStamps();
    this.peopleFingerprint = peopleFingerprint;
    this.wallClock = wallClock;
  }

  /** The stamps the store holds, compared with the file system's own clock. */
  public static FileStamps of(Meetings meetings, String peopleFingerprint) {
    return new FileStamps(meetings, peopleFingerprint, Clock.systemUTC());
  }

  /**
   * The file's stamp as it is now, taken before the file is read (a change made after it then only
   * makes the stamp stale, never wrong); empty when it is too recent to be trusted.
   */
  public Optional<String> current(Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
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
            + peopleFingerprint);
  }

  /** True when {@code source} was last read from a file with exactly this stamp. */
  public boolean unchanged(String source, Optional<String> stamp) {
    return stamp.isPresent() && stamp.get().equals(recorded.get(source));
  }

  /** Records the stamp of the file {@code source} was just stored (or found unchanged) from. */
  public void record(String source, Optional<String> stamp) {
    if (stamp.isPresent() && !stamp.get().equals(recorded.get(source))) {
      meetings.recordFileStamp(source, stamp.get());
      recorded.put(source, stamp.get());
    }
  }
}
