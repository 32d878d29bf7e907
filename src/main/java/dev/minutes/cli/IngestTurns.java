package dev.minutes.cli;

import dev.minutes.ingest.Adoption;
import dev.minutes.ingest.FileStamps;
import dev.minutes.ingest.IngestReport;
import dev.minutes.ingest.Ingester;
import dev.minutes.notesrepo.NotesRoot;
import dev.minutes.parse.NotesFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The files of one {@code minutes ingest}, taken in order, each begun a few files before its turn:
 * while the store writes one file, the next ones are stamped, read, checked against the store and
 * parsed on a second thread. On two cores a first ingest of the 100-copy archive went from 58 s to
 * 24 s (README, "Scale benchmark"). Everything that touches the store or the stamps runs on the
 * caller's thread, in the order of the files, as it did one file at a time; only {@link
 * Ingester#parse}, which needs neither, runs on the other.
 */
final class IngestTurns implements AutoCloseable {
  /** Files begun before their turn, at most: enough to keep the parser busy, little to hold. */
  static final int AHEAD = 8;

  private final Ingester ingester;
  private final FileStamps stamps;
  private final NotesRoot root;
  private final boolean dryRun;
  private final Adoption adoption;
  private final Iterator<NotesFiles.Found> files;
  private final Deque<Turn> begun = new ArrayDeque<>();
  private final ExecutorService parser = WorkerThread.start("minutes-parser");

  IngestTurns(
      Ingester ingester,
      FileStamps stamps,
      NotesRoot root,
      boolean dryRun,
      Adoption adoption,
      List<NotesFiles.Found> files) {
    this.ingester = ingester;
    this.stamps = stamps;
    this.root = root;
    this.dryRun = dryRun;
    this.adoption = adoption;
    this.files = files.iterator();
  }

  /** The next file's turn; null after the last. */
  Turn next() {
    while (begun.size() < AHEAD && files.hasNext()) {
      begun.add(begin(files.next()));
    }
    return begun.poll();
  }

  @Override
  public void close() {
    parser.shutdownNow();
  }

  /** A file on its way: its report, when its turn comes. */
  final class Turn {
    final Path file;
    private final Exception failed;
    private final IngestReport ready;
    private final Future<Ingester.Parsed> parsed;
    private final boolean read;
    private final Optional<String> stamp;

    /**
     * @param failed what went wrong when the file was begun, thrown at its turn, so that the files
     *     before it are stored and reported first, as when files were taken one at a time
     * @param ready the report, when known before the file's turn; else {@code parsed} gives it
     * @param read true when the file was read this run, so its stamp is recorded
     */
    private Turn(
        Path file,
        Exception failed,
        IngestReport ready,
        Future<Ingester.Parsed> parsed,
        boolean read,
        Optional<String> stamp) {
      this.file = file;
      this.failed = failed;
      this.ready = ready;
      this.parsed = parsed;
      this.read = read;
      this.stamp = stamp;
    }

    /**
     * What ingesting the file did: stored now (unless a dry run), and the stamp of a file read this
     * run recorded.
     *
     * @throws IOException when the file could not be read
     */
    IngestReport report() throws IOException {
      if (failed instanceof IOException unreadable) {
        throw unreadable;
      }
      if (failed instanceof RuntimeException e) {
        throw e;
      }
      IngestReport report = ready != null ? ready : ingester.store(join(parsed), dryRun, adoption);
      if (read && !dryRun) {
        stamps.remember(report, stamp);
      }
      return report;
    }
  }

  private Turn begin(NotesFiles.Found found) {
    Path file = found.path();
    try {
      // The walk read each file's own attributes: a file that is no link needs no other look.
      BasicFileAttributes own =
          found.attributes() != null
              ? found.attributes()
              : Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      String source = root.identify(file, own);
      Optional<String> stamp = own.isSymbolicLink() ? stamps.current(file) : stamps.current(own);
      Optional<IngestReport> known = stamps.known(source, stamp);
      if (known.isPresent()) {
        return new Turn(file, null, known.get(), null, false, stamp);
      }
      Optional<Ingester.Unstored> unstored = ingester.unstored(source, NotesInput.read(file));
      if (unstored.isEmpty()) {
        return new Turn(file, null, IngestReport.unchanged(source), null, true, stamp);
      }
      Future<Ingester.Parsed> parsed = parser.submit(() -> ingester.parse(unstored.get()));
      return new Turn(file, null, null, parsed, true, stamp);
    } catch (IOException | RuntimeException e) {
      return new Turn(file, e, null, null, false, Optional.empty());
    }
  }

  /** The parse's result, or what it threw, thrown here. */
  private static Ingester.Parsed join(Future<Ingester.Parsed> parsed) {
    try {
      return parsed.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while a notes file was parsed", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
