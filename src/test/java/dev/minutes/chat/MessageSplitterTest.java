package dev.minutes.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {

  @Test
  void keepsShortTextInOneMessage() {
    assertThat(MessageSplitter.split("a\nb", 2000)).containsExactly("a\nb");
  }

  @Test
  void cutsAtLineEndsBeforeTheLimit() {
    List<String> parts = MessageSplitter.split("aaaa\nbbbb\ncccc", 9);

    assertThat(parts).containsExactly("aaaa\nbbbb", "cccc");
  }

  @Test
  void cutsALongLineAtASpaceAndKeepsEveryWord() {
    String line = "word ".repeat(1000).strip();

    List<String> parts = MessageSplitter.split(line, 2000);

    assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(2000));
    assertThat(String.join(" ", parts)).isEqualTo(line);
  }

  @Test
  void neverSeparatesABackslashFromTheCharacterItEscapes() {
    String line = "x".repeat(8) + "\\*" + "y".repeat(8);

    List<String> parts = MessageSplitter.split(line, 9);

    assertThat(parts.get(0)).isEqualTo("x".repeat(8));
    assertThat(parts.get(1)).startsWith("\\*");
    assertThat(String.join("", parts)).isEqualTo(line);
  }

  @Test
  void neverSplitsASurrogatePair() {
    String line = "x".repeat(8) + "😀" + "y";

    List<String> parts = MessageSplitter.split(line, 9);

    assertThat(parts).containsExactly("x".repeat(8), "😀y");
  }

  @Test
  void givesDiscordSomethingToSendForEmptyText() {
    assertThat(MessageSplitter.split("", 2000)).containsExactly("\u200b");
  }

  @Test
  void beyondTheMostMessagesTheLastOneSaysWhatWasLeftOutAndWhichSettingRaisesIt() {
    String text = "line of text\n".repeat(1000); // 13,000 characters: 7 messages of 2,000

    List<String> parts =
        MessageSplitter.splitAtMost(text, 2000, 3, "discord.max-messages-per-post");

    assertThat(parts).hasSize(3);
    assertThat(parts.get(2))
        .contains("more lines not posted", "at most 3 messages", "discord.max-messages-per-post");
    long shown = parts.subList(0, 2).stream().mapToLong(p -> p.lines().count()).sum();
    assertThat(parts.get(2)).startsWith("… " + (1000 - shown) + " more lines");
  }

  @Test
  void withinTheMostMessagesNothingIsLeftOut() {
    assertThat(MessageSplitter.splitAtMost("a\nb", 2000, 3, "k")).containsExactly("a\nb");
  }
}
