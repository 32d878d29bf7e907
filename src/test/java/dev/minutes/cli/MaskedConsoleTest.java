package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.config.SecretMask;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaskedConsoleTest {
  @Test
  void logLinesReachTheConsoleWithTheSecretsMasked() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream console =
        new MaskedConsole(
            new PrintStream(bytes, true, Charset.defaultCharset()),
            () -> SecretMask.of(List.of("token-0123456789")));

    console.println("[WARN] server answered: bad token token-0123456789");
    console.printf("%s%n", "and again token-0123456789");

    assertThat(bytes.toString(Charset.defaultCharset()))
        .doesNotContain("token-0123456789")
        .contains("bad token ********", "and again ********");
  }
}
