package dev.minutes.parse;

/** Joined lines of a paragraph that belong together, with the line they start on. */
record Segment(String text, int line) {}
