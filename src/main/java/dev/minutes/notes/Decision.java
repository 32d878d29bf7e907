package dev.minutes.notes;

/** A statement that settles something without assigning work. */
public record Decision(String text, int line) {}
