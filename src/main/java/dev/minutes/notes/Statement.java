package dev.minutes.notes;

/**
 * A line of discussion: what was said, by whom when the notes say so, under which sub-section.
 *
 * @param section the nearest heading under the discussion section, or null
 * @param speaker the speaker's token as written ({@code SK}), or null
 */
public record Statement(String section, String speaker, String text, int line) {}
