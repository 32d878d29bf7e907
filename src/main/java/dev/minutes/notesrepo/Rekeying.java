package dev.minutes.notesrepo;

import dev.minutes.items.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one-time step that follows the meeting-identity migration: each meeting still known by the
 * path once typed to {@code minutes ingest} is found on disk again (relative to the current folder,
 * else to the notes root) and re-keyed to its path relative to the notes root. A path that no
 * longer resolves keeps its old key and is tried again on the next ingest; a second copy of a file
 * (ingested once by a relative and once by an absolute path) is left as it is and reported, since
 * merging two sets of items and issues is a decision for a maintainer.
 */
public final class Rekeying {
  private final Store store;
  private final NotesRoot root;
  private final Path configuredRoot;

  /**
   * @param configuredRoot {@code notes.root}, or null; typed paths are also tried against it
   */
  public Rekeying(Store store, NotesRoot root, Path configuredRoot) {
    this.store = store;
    this.root = root;
    this.configuredRoot = configuredRoot;
  }

  /** What re-keying did; all lists hold human-readable lines. */
  public record Result(int rekeyed, List<String> duplicates, List<String> unresolved) {
    public boolean nothingToDo() {
      return rekeyed == 0 && duplicates.isEmpty() && unresolved.isEmpty();
    }

    /** Lines for the output of ingest; empty when nothing was to do. */
    public List<String> lines() {
      List<String> lines = new ArrayList<>();
      if (rekeyed > 0) {
        lines.add(
            "store: "
                + rekeyed
                + " meeting"
                + (rekeyed == 1 ? "" : "s")
                + " now known by their path in the notes repository (was: the path as typed)");
      }
      duplicates.forEach(d -> lines.add("store: " + d));
      unresolved.forEach(u -> lines.add("store: " + u));
      return lines;
    }
  }

  public Result run() {
    Map<Long, String> unkeyed = store.unkeyedMeetings();
    int rekeyed = 0;
    List<String> duplicates = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    for (Map.Entry<Long, String> meeting : unkeyed.entrySet()) {
      Optional<Path> file = locate(meeting.getValue());
      if (file.isEmpty()) {
        unresolved.add(
            "meeting M"
                + meeting.getKey()
                + " ("
                + meeting.getValue()
                + ") keeps its old key: the file is not found from here; run ingest from the"
                + " folder it was first ingested from");
        continue;
      }
      String key = root.identify(file.get());
      Optional<Long> holder = store.rekeyMeeting(meeting.getKey(), key);
      if (holder.isPresent()) {
        duplicates.add(
            "meeting M"
                + meeting.getKey()
                + " ("
                + meeting.getValue()
                + ") is a second copy of M"
                + holder.get()
                + " ("
                + key
                + "); it is left as it was, and new ingests of the file update M"
                + holder.get());
      } else {
        rekeyed++;
      }
    }
    return new Result(rekeyed, duplicates, unresolved);
  }

  private Optional<Path> locate(String typed) {
    Path path = Path.of(typed);
    if (Files.isRegularFile(path)) {
      return Optional.of(path);
    }
    if (configuredRoot != null && !path.isAbsolute()) {
      Path underRoot = configuredRoot.resolve(path);
      if (Files.isRegularFile(underRoot)) {
        return Optional.of(underRoot);
      }
    }
    return Optional.empty();
  }
}
