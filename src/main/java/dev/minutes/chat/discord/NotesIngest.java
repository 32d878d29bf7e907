package dev.minutes.chat.discord;

/** Ingests one notes file for {@code /ingest} and announces it; wired by the CLI. */
@FunctionalInterface
public interface NotesIngest {
  /** A one-line answer: what changed, or why the file was not ingested. */
  String ingest(String fileName, byte[] content);
}
