package dev.minutes.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandRegistryTest {
  @TempDir Path folder;
  BotFixture bot;

  @BeforeEach
  void start() {
    bot = new BotFixture(folder);
  }

  @AfterEach
  void stop() {
    bot.close();
  }

  @Test
  void registersEveryCommandOnceAndRoutesEachByTheNameInItsDefinition() {
    List<String> names =
        bot.registry.definitions().stream().map(SlashCommandData::getName).toList();

    assertThat(names)
        .containsExactly(
            "todos", "done", "reopen", "snooze", "meeting", "issue", "ingest", "digest", "remind",
            "iam");
    names.forEach(
        name ->
            assertThat(bot.registry.command(name))
                .hasValueSatisfying(c -> assertThat(c.definition().getName()).isEqualTo(name)));
    assertThat(bot.registry.command("nope")).isEmpty();
  }

  @Test
  void onlyIngestIsForMaintainers() {
    assertThat(bot.registry.definitions())
        .filteredOn(
            d -> bot.registry.command(d.getName()).orElseThrow().permission().maintainersOnly())
        .extracting(SlashCommandData::getName)
        .containsExactly("ingest");
  }

  @Test
  void routesEveryButtonTheRepliesCarryToTheCommandThatOwnsIt() {
    for (String id :
        List.of(
            ButtonIds.done(1),
            ButtonIds.snooze(1),
            ButtonIds.issue(1),
            ButtonIds.page(0, "||open"))) {
      assertThat(bot.registry.button(ButtonIds.parse(id).orElseThrow().action()))
          .as(id)
          .isPresent();
    }
    assertThat(bot.click(ButtonIds.done(1), BotFixture.member(BotFixture.RAZVAN)).message().text())
        .startsWith("`#1` is done");
  }

  @Test
  void aButtonIsUnderThePermissionOfTheCommandThatOwnsIt() {
    SlashCommand maintainersOnly =
        new SlashCommand() {
          @Override
          public SlashCommandData definition() {
            return Commands.slash("purge", "Maintainers only");
          }

          @Override
          public Permission permission() {
            return Permission.maintainers("Only maintainers can purge.");
          }

          @Override
          public Answer answer(SlashCommandInteractionEvent event, Invoker invoker) {
            throw new AssertionError("not called");
          }

          @Override
          public Map<String, ButtonAction> buttons() {
            return Map.of("purge", (click, invoker) -> Answer.now(Reply.privately("purged")));
          }
        };

    CommandRegistry registry = new CommandRegistry(List.of(maintainersOnly));

    assertThat(registry.button("purge").orElseThrow().permission().refusal(BotFixture.member("1")))
        .hasValueSatisfying(
            r -> assertThat(r.message().text()).isEqualTo("Only maintainers can purge."));
    assertThat(registry.button("done").isPresent()).isFalse();
    assertThat(bot.registry.button(ButtonIds.DONE).orElseThrow().permission())
        .isEqualTo(Permission.EVERYONE);
  }

  @Test
  void twoCommandsWithOneNameAreAnError() {
    DigestCommand digest = bot.command("digest", DigestCommand.class);

    assertThatThrownBy(() -> new CommandRegistry(List.of(digest, digest)))
        .hasMessageContaining("/digest");
  }
}
