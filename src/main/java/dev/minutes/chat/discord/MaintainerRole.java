package dev.minutes.chat.discord;

import dev.minutes.notes.MinutesException;
import java.util.List;
import net.dv8tion.jda.api.entities.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves {@code discord.maintainer-role} to one role id when the bot starts; from then on only
 * that id counts. A name is taken only when exactly one role carries it: anyone allowed to create
 * roles could otherwise make a second "Maintainers" and gain {@code /ingest}.
 */
final class MaintainerRole {
  static final String KEY = "discord.maintainer-role";
  private static final Logger LOG = LoggerFactory.getLogger(MaintainerRole.class);

  private MaintainerRole() {}

  /**
   * @param configured the role's id or name; null for no maintainers
   * @return the role id, or null when none is configured
   */
  static String resolve(String configured, List<Role> roles) {
    if (configured == null || configured.isBlank()) {
      return null;
    }
    String wanted = configured.strip();
    for (Role role : roles) {
      if (role.getId().equals(wanted)) {
        LOG.info("{}: role id {} ({})", KEY, role.getId(), role.getName());
        return role.getId();
      }
    }
    String name = wanted.replaceFirst("^@", "");
    List<Role> named = roles.stream().filter(r -> r.getName().equalsIgnoreCase(name)).toList();
    if (named.size() == 1) {
      LOG.info("{}: \"{}\" resolved to role id {}", KEY, name, named.get(0).getId());
      return named.get(0).getId();
    }
    String hint = "set " + KEY + " to the role's id (Server Settings, Roles, Copy Role ID)";
    if (named.isEmpty()) {
      throw new MinutesException(KEY, "the server has no role with this id or name", hint);
    }
    throw new MinutesException(
        KEY, named.size() + " roles are named \"" + name + "\", so the name is not trusted", hint);
  }
}
