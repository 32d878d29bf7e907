package dev.minutes.parse;

/**
 * Why one line of notes became an agenda item, an action or a decision ({@code minutes parse
 * --explain}).
 *
 * @param line 1-based line where the item starts
 * @param kind {@code agenda}, {@code action}, {@code action (done)} or {@code decision}
 * @param text the item's text as extracted
 * @param why the rule that read it so, in words
 */
public record LineExplanation(int line, String kind, String text, String why) {}
