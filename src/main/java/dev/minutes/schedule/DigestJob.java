package dev.minutes.schedule;

import dev.minutes.chat.Chat;
import dev.minutes.chat.ChatMessage;
import dev.minutes.chat.ChatTexts;
import dev.minutes.digest.Digest;

/**
 * Posts the weekly digest. Each digest covers the time since the previous slot of the same
 * schedule, so consecutive digests neither overlap nor leave a gap.
 */
public final class DigestJob implements Job {
  private final CronSchedule schedule;
  private final StoredDigests digests;
  private final Chat chat;

  public DigestJob(CronSchedule schedule, StoredDigests digests, Chat chat) {
    this.schedule = schedule;
    this.digests = digests;
    this.chat = chat;
  }

  @Override
  public String name() {
    return "digest";
  }

  @Override
  public CronSchedule schedule() {
    return schedule;
  }

  @Override
  public String run(Slot slot) {
    Slot previous =
        schedule
            .previous(slot)
            .orElseThrow(() -> new IllegalStateException("no slot before " + slot));
    Digest digest = digests.between(previous.at(), slot.at());
    // One message: the chat adapter splits it to the platform's limits.
    String markdown = ChatTexts.digest(digest);
    chat.post(ChatMessage.plain(markdown));
    return "posted the digest (" + markdown.length() + " characters)";
  }
}
