package dev.minutes.chat.discord;

/**
 * What the bot asks of the rest of Minutes, wired by the CLI so the adapter needs neither GitHub
 * nor the parser nor the configuration of the digest.
 */
public record BotServices(ItemIssues issues, NotesIngest notes, DigestPreview digest) {}
