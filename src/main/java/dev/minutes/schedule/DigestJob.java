package dev.minutes.schedule;

import dev.minutes.chat.Chat;
import dev.minutes.chat.ChatMessage;
import dev.minutes.digest.Digest;
import dev.minutes.digest.DigestBuilder;
import dev.minutes.digest.DigestText;
import dev.minutes.store.ItemFilter;
import dev.minutes.store.Store;

/**
 * Posts the weekly digest. Each digest covers the time since the previous slot of the same
 * schedule, so consecutive digests neither overlap nor leave a gap.
 */
public final class DigestJob implements Job {
  private final CronSchedule schedule;
  private final Store store;
  private final Chat chat;
  private final DigestBuilder builder;

  public DigestJob(CronSchedule schedule, Store store, Chat chat, DigestBuilder builder) {
    this.schedule = schedule;
    this.store = store;
    this.chat = chat;
    this.builder = builder;
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
    Digest digest =
        builder.build(
            store.meetings(null), store.items(ItemFilter.all()), previous.at(), slot.at());
    // One message: the chat adapter splits it to the platform's limits.
    String markdown = DigestText.render(digest, DigestText.Style.MARKDOWN);
    chat.post(ChatMessage.plain(markdown));
    return "posted the digest (" + markdown.length() + " characters)";
  }
}
