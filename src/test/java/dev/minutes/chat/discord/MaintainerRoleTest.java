package dev.minutes.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.minutes.notes.MinutesException;
import java.util.List;
import net.dv8tion.jda.api.entities.Role;
import org.junit.jupiter.api.Test;

class MaintainerRoleTest {
  private static final Role MAINTAINERS = role("42", "Maintainers");
  private static final Role LOOK_ALIKE = role("43", "maintainers");
  private static final Role MEMBERS = role("44", "Members");

  @Test
  void anIdIsTakenAsItIs() {
    assertThat(MaintainerRole.resolve("42", List.of(MEMBERS, LOOK_ALIKE, MAINTAINERS)))
        .isEqualTo("42");
  }

  @Test
  void aNameHeldByExactlyOneRoleResolvesToItsId() {
    assertThat(MaintainerRole.resolve("maintainers", List.of(MEMBERS, MAINTAINERS)))
        .isEqualTo("42");
  }

  @Test
  void aNameHeldByTwoRolesIsRefusedAskingForTheId() {
    assertThatThrownBy(
            () -> MaintainerRole.resolve("Maintainers", List.of(MAINTAINERS, LOOK_ALIKE)))
        .isInstanceOf(MinutesException.class)
        .hasMessageContaining("2 roles are named")
        .extracting(e -> ((MinutesException) e).hint())
        .asString()
        .contains("role's id");
  }

  @Test
  void anUnknownRoleIsRefusedNamingTheKey() {
    assertThatThrownBy(() -> MaintainerRole.resolve("admins", List.of(MEMBERS)))
        .isInstanceOf(MinutesException.class)
        .extracting(e -> ((MinutesException) e).where())
        .isEqualTo("discord.maintainer-role");
  }

  @Test
  void noneConfiguredMeansNoMaintainers() {
    assertThat(MaintainerRole.resolve(null, List.of(MAINTAINERS))).isNull();
  }

  private static Role role(String id, String name) {
    Role role = mock(Role.class);
    when(role.getId()).thenReturn(id);
    when(role.getName()).thenReturn(name);
    return role;
  }
}
