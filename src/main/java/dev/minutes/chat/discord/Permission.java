package dev.minutes.chat.discord;

import java.util.Optional;

/**
 * Who may use a command: everyone, or only maintainers (members holding the role {@link
 * MaintainerRole} resolved). The listener checks it before any handler runs, so a handler never
 * repeats it.
 *
 * @param refusal the private reply to someone who may not
 */
record Permission(boolean maintainersOnly, String refusal) {
  static final Permission EVERYONE = new Permission(false, "");

  static Permission maintainers(String refusal) {
    return new Permission(true, refusal);
  }

  Optional<Reply> refusal(Invoker invoker) {
    return maintainersOnly && !invoker.maintainer()
        ? Optional.of(Reply.privately(refusal))
        : Optional.empty();
  }
}
