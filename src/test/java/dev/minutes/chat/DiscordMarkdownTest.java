package dev.minutes.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiscordMarkdownTest {

  @Test
  void escapesStylingCharacters() {
    assertThat(DiscordMarkdown.escape("fix *all* the __bugs__ ||now|| `x` ~~y~~"))
        .isEqualTo("fix \\*all\\* the \\_\\_bugs\\_\\_ \\|\\|now\\|\\| \\`x\\` \\~\\~y\\~\\~");
  }

  @Test
  void breaksUpEveryoneHereAndMentionSyntax() {
    String escaped = DiscordMarkdown.escape("ping @everyone and @here and <@&123> <@456>");

    assertThat(escaped).doesNotContain("@everyone", "@here", "<@");
    assertThat(escaped).contains("@\u200beveryone", "<\u200b@&123>");
  }

  @Test
  void escapesLineStartersOnlyWhereALineCouldStart() {
    assertThat(DiscordMarkdown.escape("# big > quote - list a-b"))
        .isEqualTo("\\# big \\> quote \\- list a-b");
  }

  @Test
  void leavesUrlsWhole() {
    assertThat(DiscordMarkdown.escape("see https://github.com/a_b/c_d/issues/1 *now*"))
        .isEqualTo("see https://github.com/a_b/c_d/issues/1 \\*now\\*");
  }

  @Test
  void keepsAnItemOnOneLine() {
    assertThat(DiscordMarkdown.escape("a\nb")).isEqualTo("a b");
  }

  @Test
  void aMaskedLinkInsideAUrlStaysText() {
    String escaped = DiscordMarkdown.escape("https://ok.example/[x](https://evil.example/u)");

    assertThat(escaped).contains("\\[x\\]").doesNotContain("[x]");
  }

  @Test
  void everyoneInsideAUrlIsBrokenUpToo() {
    assertThat(DiscordMarkdown.escape("https://x.example/@everyone"))
        .doesNotContain("@everyone")
        .contains("@\u200beveryone");
  }
}
