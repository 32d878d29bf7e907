package dev.minutes.parse;

import dev.minutes.notes.Diagnostic;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The bytes of a notes file turned into text the parser can trust: size-limited, UTF-8 checked,
 * byte-order mark dropped, line ends normalised to {@code \n}. Problems become diagnostics; text is
 * null when the file cannot be read as notes at all.
 */
record SourceText(String text, List<Diagnostic> diagnostics) {
  /** Notes are prose; anything larger is almost surely not a notes file and is refused. */
  static final int MAX_BYTES = 2 * 1024 * 1024;

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  static SourceText decode(byte[] content) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (content.length > MAX_BYTES) {
      diagnostics.add(
          Diagnostic.error(
              "file-too-large",
              "file is larger than the limit for notes files (" + MAX_BYTES + " bytes, 2 MiB)",
              0,
              0));
      return new SourceText(null, diagnostics);
    }
    int start = 0;
    if (content.length >= 3
        && content[0] == BOM[0]
        && content[1] == BOM[1]
        && content[2] == BOM[2]) {
      start = 3;
      diagnostics.add(
          Diagnostic.warning("byte-order-mark", "file starts with a UTF-8 byte-order mark", 1, 1));
    }
    // The String constructor decodes much faster than a CharsetDecoder and turns every bad byte
    // into
    // U+FFFD: text without one was valid UTF-8, where a NUL byte is the NUL character and nothing
    // else. Only other text is searched and checked byte by byte.
    String lenient = new String(content, start, content.length - start, StandardCharsets.UTF_8);
    boolean valid = lenient.indexOf('\uFFFD') < 0;
    int nul = valid && lenient.indexOf('\0') < 0 ? -1 : indexOfNul(content, start);
    if (nul >= 0) {
      diagnostics.add(
          Diagnostic.error(
              "binary-file",
              "file contains a NUL byte: it looks binary, not Markdown notes",
              lineAt(content, start, nul),
              0));
      return new SourceText(null, diagnostics);
    }
    String text = valid ? lenient : strictDecode(content, start, lenient, diagnostics);
    if (text.indexOf('\r') >= 0) {
      int line = (int) text.substring(0, text.indexOf('\r')).chars().filter(c -> c == '\n').count();
      diagnostics.add(
          Diagnostic.warning(
              "crlf-line-ends", "file uses CRLF (Windows) line ends; read as LF", line + 1, 0));
      text = text.replace("\r\n", "\n").replace('\r', '\n');
    }
    if (text.isBlank()) {
      diagnostics.add(Diagnostic.error("empty-file", "file is empty", 0, 0));
      return new SourceText(null, diagnostics);
    }
    return new SourceText(text, diagnostics);
  }

  /** The text, with a warning when the bytes are not valid UTF-8 ({@code lenient} has U+FFFD). */
  private static String strictDecode(
      byte[] content, int start, String lenient, List<Diagnostic> diagnostics) {
    ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = strict.decode(bytes);
      return chars.toString();
    } catch (CharacterCodingException e) {
      int bad = firstInvalidByte(content, start);
      diagnostics.add(
          Diagnostic.warning(
              "invalid-utf8",
              "file is not valid UTF-8 (first bad byte at offset "
                  + bad
                  + "); bad bytes read as U+FFFD",
              lineAt(content, start, bad),
              0));
      return lenient;
    }
  }

  private static int firstInvalidByte(byte[] content, int start) {
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
    CharBuffer out = CharBuffer.allocate(content.length + 1);
    strict.decode(bytes, out, true);
    return bytes.position();
  }

  private static int indexOfNul(byte[] content, int start) {
    for (int i = start; i < content.length; i++) {
      if (content[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  private static int lineAt(byte[] content, int start, int offset) {
    int line = 1;
    for (int i = start; i < offset && i < content.length; i++) {
      if (content[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
