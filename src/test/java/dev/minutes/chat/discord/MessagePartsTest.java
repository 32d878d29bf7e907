package dev.minutes.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.chat.ChatMessage;
import java.util.List;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class MessagePartsTest {

  @Test
  void splitsLongTextAndPutsTheButtonsOnTheLastPart() {
    String text = "<@111> first\n" + "word ".repeat(900) + "\n<@222> last";
    List<MessageCreateData> parts =
        MessageParts.of(new ChatMessage(text, List.of("111", "222"), List.of(1L, 2L)));

    assertThat(parts).hasSizeGreaterThan(1);
    assertThat(parts)
        .allSatisfy(p -> assertThat(p.getContent().length()).isLessThanOrEqualTo(2000));
    assertThat(parts.get(0).getComponents()).isEmpty();
    assertThat(parts.get(parts.size() - 1).getComponents()).hasSize(2);
    assertThat(parts.get(0).getMentionedUsers()).containsExactly("111");
    assertThat(parts.get(parts.size() - 1).getMentionedUsers()).containsExactly("222");
    assertThat(parts).allSatisfy(p -> assertThat(p.getAllowedMentions()).isEmpty());
  }

  @Test
  void neverMoreThanFiveRowsOfButtons() {
    List<Long> items = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L);

    assertThat(MessageParts.rows(items, null)).hasSize(5);
    assertThat(MessageParts.rows(items, new Reply.Paging(0, 3, "||open"))).hasSize(5);
  }

  @Test
  void aUserTheMessageDoesNotListIsNeverAllowedToBePinged() {
    MessageCreateData part =
        MessageParts.of(new ChatMessage("<@111> and <@333>", List.of("111"), List.of())).get(0);

    assertThat(part.getMentionedUsers()).containsExactly("111");
  }
}
