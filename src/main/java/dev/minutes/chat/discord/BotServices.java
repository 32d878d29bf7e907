package dev.minutes.chat.discord;

import dev.minutes.application.ChangeItemStatus;

/**
 * The use cases the bot calls, wired by the CLI with the same ports as the commands, so the adapter
 * needs neither GitHub nor the parser nor the configuration of the digest.
 */
public record BotServices(
    ItemIssues issues, NotesIngest notes, DigestPreview digest, ChangeItemStatus status) {}
