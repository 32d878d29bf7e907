package dev.minutes.cli;

import dev.minutes.config.SecretMask;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.function.Supplier;

/**
 * A console stream that masks every configured secret with {@link SecretMask} before it is written.
 * Installed as {@code System.err} and {@code System.out} by {@link Main#main}, so the log lines of
 * Minutes and of its libraries (which write to {@code System.err}) pass through the same mask as
 * the error line. Text arrives line by line from the loggers; a secret is masked within one write.
 */
final class MaskedConsole extends PrintStream {
  private final Supplier<SecretMask> mask;
  private final Charset charset;

  MaskedConsole(PrintStream target, Supplier<SecretMask> mask) {
    super((OutputStream) target, true, Charset.defaultCharset());
    this.mask = mask;
    this.charset = Charset.defaultCharset();
  }

  @Override
  public void write(byte[] buffer, int offset, int length) {
    SecretMask secrets = mask.get();
    if (secrets.isEmpty()) {
      super.write(buffer, offset, length);
      return;
    }
    String text = new String(buffer, offset, length, charset);
    String masked = secrets.mask(text);
    if (masked.equals(text)) {
      super.write(buffer, offset, length);
    } else {
      byte[] bytes = masked.getBytes(charset);
      super.write(bytes, 0, bytes.length);
    }
  }
}
