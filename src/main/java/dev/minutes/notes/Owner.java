package dev.minutes.notes;

/**
 * Who an action item belongs to.
 *
 * @param token the owner as written in the notes, without {@code @} ({@code RD}, {@code All})
 * @param person the person the token denotes (participant name or people-directory name), or null
 *     when it cannot be told without guessing
 */
public record Owner(String token, String person) {}
