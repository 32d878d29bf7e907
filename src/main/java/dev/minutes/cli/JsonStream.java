package dev.minutes.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Writes a JSON array (format json, pretty) or one object per line (format jsonl) element by
 * element, so what is printed never has to be held in memory whole: each element is a small tree,
 * written and forgotten.
 */
final class JsonStream implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final PrintWriter out;
  private final JsonGenerator generator;
  private final boolean lines;

  private JsonStream(PrintWriter out, boolean lines) {
    this.out = out;
    this.lines = lines;
    try {
      generator =
          MAPPER.getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (!lines) {
        generator.useDefaultPrettyPrinter();
        generator.writeStartArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A pretty-printed array, as {@code MeetingJson.pretty} prints a whole one. */
  static JsonStream array(PrintWriter out) {
    return new JsonStream(out, false);
  }

  /** One compact object per line (JSON Lines). */
  static JsonStream lines(PrintWriter out) {
    return new JsonStream(out, true);
  }

  void write(JsonNode element) {
    try {
      MAPPER.writeTree(generator, element);
      if (lines) {
        generator.flush();
        out.println();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      if (!lines) {
        generator.writeEndArray();
      }
      generator.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!lines) {
      out.println();
    }
  }
}
