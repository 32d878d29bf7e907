package dev.minutes.chat.discord;

import dev.minutes.chat.ChatMembers;
import dev.minutes.items.Items;
import dev.minutes.items.TrackedItem;
import java.util.Optional;
import java.util.function.Supplier;

/** Writing on an item (done, reopen, snooze, issue) needs one of its owners or a maintainer. */
final class ItemAccess {
  private final Items items;
  private final Supplier<ChatMembers> members;

  ItemAccess(Items items, Supplier<ChatMembers> members) {
    this.items = items;
    this.members = members;
  }

  /** The item, when it exists and the invoker may change it; else the reply that says why not. */
  record Checked(TrackedItem item, Reply refusal) {
    Optional<Reply> refused() {
      return Optional.ofNullable(refusal);
    }
  }

  Checked check(Invoker invoker, long id) {
    Optional<TrackedItem> item = items.item(id);
    if (item.isEmpty()) {
      return new Checked(null, Reply.privately("There is no item #" + id + "."));
    }
    if (invoker.maintainer() || members.get().owns(invoker.userId(), item.get())) {
      return new Checked(item.get(), null);
    }
    return new Checked(
        item.get(),
        Reply.privately(
            "Only an owner of `#"
                + id
                + "` or a maintainer can do that. If it is yours, link your account with /iam."));
  }
}
