package dev.minutes.notes;

/** One entry of the agenda, as plain text. */
public record AgendaItem(String text, int line) {}
