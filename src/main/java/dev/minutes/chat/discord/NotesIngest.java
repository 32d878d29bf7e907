package dev.minutes.chat.discord;

import dev.minutes.application.IngestNotes;

/** Ingests one uploaded notes file for {@code /ingest}: the IngestNotes use case. */
@FunctionalInterface
public interface NotesIngest {
  IngestNotes.Upload ingest(String fileName, byte[] content);
}
