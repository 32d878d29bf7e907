package dev.minutes.items;

import java.time.Instant;

/**
 * A side effect claimed under a key.
 *
 * @param completedAt null while claimed but not yet done (a crash may have interrupted it)
 * @param externalRef what it produced (issue URL, message id), or null
 */
public record Effect(String key, Instant claimedAt, Instant completedAt, String externalRef) {}
