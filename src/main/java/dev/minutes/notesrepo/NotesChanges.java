package dev.minutes.notesrepo;

import java.util.List;

/**
 * What a pull of the notes repository brought, as paths relative to the repository root ({@code
 * /}-separated, Markdown files only).
 *
 * @param changed added or modified files, and the new paths of renamed ones
 * @param renamed files that moved (with or without an edit): the same meeting under a new path
 * @param deleted files that are gone; their meetings stay in the store
 * @param commit the commit the work tree is at now
 */
public record NotesChanges(
    List<String> changed, List<Rename> renamed, List<String> deleted, String commit) {

  public NotesChanges {
    changed = List.copyOf(changed);
    renamed = List.copyOf(renamed);
    deleted = List.copyOf(deleted);
  }

  public record Rename(String from, String to) {}

  public boolean isEmpty() {
    return changed.isEmpty() && renamed.isEmpty() && deleted.isEmpty();
  }
}
