package dev.minutes.notesrepo;

import dev.minutes.notes.MinutesException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Follows {@code notes.repo}: keeps a clone of one branch in a local folder (the notes root), and
 * on each {@link #pull} fetches, moves the work tree to the branch's new commit and says which
 * Markdown files changed since the last commit marked {@link #markIngested ingested}, with renames
 * detected by JGit's {@link RenameDetector} so a moved file stays one meeting. The mark is a ref in
 * the clone, moved only after the changes went into the store: a crash in between means the next
 * pull brings the same changes again (ingest skips what it already has). The clone is Minutes' own:
 * local edits in it are overwritten.
 */
public final class RepositoryFollower implements AutoCloseable {
  /** The last commit whose changes are in the store. */
  static final String INGESTED = "refs/minutes/ingested";

  private final String url;
  private final String branch;
  private final Path folder;
  private Git git;

  public RepositoryFollower(String url, String branch, Path folder) {
    this.url = url;
    this.branch = branch;
    this.folder = folder;
  }

  /** The folder holding the clone: the notes root of the meetings it brings. */
  public Path folder() {
    return folder;
  }

  /**
   * Clones on first use, else fetches; returns what changed since the commit last marked ingested
   * (everything, after a fresh clone), with the work tree at the branch's newest commit.
   *
   * @throws MinutesException when the repository cannot be reached or the branch does not exist
   */
  public NotesChanges pull() {
    try {
      if (git == null) {
        git = Files.isDirectory(folder.resolve(".git")) ? Git.open(folder.toFile()) : cloneFresh();
      }
      Repository repository = git.getRepository();
      ObjectId before = repository.resolve(INGESTED);
      git.fetch().setRemote(Constants.DEFAULT_REMOTE_NAME).call();
      ObjectId after = repository.resolve(Constants.R_REMOTES + "origin/" + branch);
      if (after == null) {
        throw new MinutesException(
            "notes.branch", "no branch '" + branch + "' in " + url, "set notes.branch");
      }
      if (after.equals(before)) {
        return new NotesChanges(List.of(), List.of(), List.of(), after.name());
      }
      NotesChanges changes = diff(repository, before, after);
      git.reset().setMode(ResetCommand.ResetType.HARD).setRef(after.name()).call();
      return changes;
    } catch (IOException | GitAPIException | JGitInternalException e) {
      throw new MinutesException(
          "notes.repo",
          "cannot follow " + url + " (branch " + branch + "): " + e.getMessage(),
          "check notes.repo, notes.branch and that " + folder + " is a clone of it or absent");
    }
  }

  /** Records that the changes up to {@code commit} are in the store. */
  public void markIngested(String commit) {
    try {
      RefUpdate update = git.getRepository().updateRef(INGESTED);
      update.setNewObjectId(ObjectId.fromString(commit));
      update.setForceUpdate(true);
      RefUpdate.Result result = update.update();
      if (result == RefUpdate.Result.LOCK_FAILURE || result == RefUpdate.Result.IO_FAILURE) {
        throw new IOException("cannot move " + INGESTED + ": " + result);
      }
    } catch (IOException e) {
      throw new MinutesException(
          folder.toString(), "cannot record the ingested commit: " + e.getMessage(), null, e);
    }
  }

  private Git cloneFresh() throws GitAPIException {
    // No checkout here: the first pull resets onto the branch.
    return Git.cloneRepository()
        .setURI(url)
        .setBranch(branch)
        .setNoCheckout(true)
        .setDirectory(folder.toFile())
        .call();
  }

  private static NotesChanges diff(Repository repository, ObjectId before, ObjectId after)
      throws IOException {
    List<DiffEntry> entries;
    try (ObjectReader reader = repository.newObjectReader();
        RevWalk walk = new RevWalk(reader);
        TreeWalk trees = new TreeWalk(reader)) {
      RevCommit newCommit = walk.parseCommit(after);
      if (before == null) {
        trees.addTree(new EmptyTreeIterator());
      } else {
        trees.addTree(new CanonicalTreeParser(null, reader, walk.parseCommit(before).getTree()));
      }
      trees.addTree(new CanonicalTreeParser(null, reader, newCommit.getTree()));
      trees.setRecursive(true);
      trees.setFilter(TreeFilter.ANY_DIFF);
      RenameDetector renames = new RenameDetector(repository);
      renames.addAll(DiffEntry.scan(trees));
      entries = renames.compute();
    }
    List<String> changed = new ArrayList<>();
    List<NotesChanges.Rename> renamed = new ArrayList<>();
    List<String> deleted = new ArrayList<>();
    for (DiffEntry entry : entries) {
      switch (entry.getChangeType()) {
        case ADD, MODIFY, COPY -> addIfNotes(changed, entry.getNewPath());
        case DELETE -> addIfNotes(deleted, entry.getOldPath());
        case RENAME -> {
          if (isNotes(entry.getNewPath())) {
            renamed.add(new NotesChanges.Rename(entry.getOldPath(), entry.getNewPath()));
            changed.add(entry.getNewPath());
          } else {
            addIfNotes(deleted, entry.getOldPath());
          }
        }
      }
    }
    return new NotesChanges(changed, renamed, deleted, after.name());
  }

  private static void addIfNotes(List<String> paths, String path) {
    if (isNotes(path)) {
      paths.add(path);
    }
  }

  private static boolean isNotes(String path) {
    return path.endsWith(".md");
  }

  @Override
  public void close() {
    if (git != null) {
      git.close();
    }
  }
}
