package dev.minutes.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.minutes.notes.AgendaItem;
import dev.minutes.notes.Decision;
import dev.minutes.notes.Diagnostic;
import dev.minutes.notes.Owner;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists kept as JSON text in one column (portable between SQLite and PostgreSQL). The two lists
 * every item row carries (strings and owners) are read with Jackson's streaming parser: building
 * the data-binding deserializers for them cost a short command such as {@code todos} a tenth of its
 * start-up, and the per-row binding was the largest part of reading an item.
 */
final class JsonColumns {
  private static final JsonFactory STREAMING = new JsonFactory();
  private static final TypeReference<List<AgendaItem>> AGENDA = new TypeReference<>() {};
  private static final TypeReference<List<Decision>> DECISIONS = new TypeReference<>() {};
  private static final TypeReference<List<Diagnostic>> DIAGNOSTICS = new TypeReference<>() {};

  private JsonColumns() {}

  /** Built on first use: making an ObjectMapper was a tenth of {@code todos}, which needs none. */
  private static final class Binding {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  static String write(List<?> values) {
    try {
      return Binding.MAPPER.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode a list for the store", e);
    }
  }

  static List<String> strings(String json) {
    if (json.equals("[]")) {
      return new ArrayList<>();
    }
    try (JsonParser parser = STREAMING.createParser(json)) {
      List<String> values = new ArrayList<>();
      expect(parser.nextToken(), JsonToken.START_ARRAY, json);
      for (JsonToken token = parser.nextToken();
          token != JsonToken.END_ARRAY;
          token = parser.nextToken()) {
        values.add(value(token, parser, json));
      }
      return values;
    } catch (IOException e) {
      throw corrupt(json, e);
    }
  }

  /** Owners as {@link #write} stores them: {@code [{"token":..,"person":..}, ...]}. */
  static List<Owner> owners(String json) {
    try (JsonParser parser = STREAMING.createParser(json)) {
      List<Owner> owners = new ArrayList<>();
      expect(parser.nextToken(), JsonToken.START_ARRAY, json);
      for (JsonToken token = parser.nextToken();
          token != JsonToken.END_ARRAY;
          token = parser.nextToken()) {
        expect(token, JsonToken.START_OBJECT, json);
        String ownerToken = null;
        String person = null;
        for (JsonToken field = parser.nextToken();
            field != JsonToken.END_OBJECT;
            field = parser.nextToken()) {
          expect(field, JsonToken.FIELD_NAME, json);
          String name = parser.currentName();
          String value = value(parser.nextToken(), parser, json);
          if (name.equals("token")) {
            ownerToken = value;
          } else if (name.equals("person")) {
            person = value;
          } else {
            throw corrupt(json, null);
          }
        }
        owners.add(new Owner(ownerToken, person));
      }
      return owners;
    } catch (IOException e) {
      throw corrupt(json, e);
    }
  }

  static List<AgendaItem> agenda(String json) {
    return read(json, AGENDA);
  }

  static List<Decision> decisions(String json) {
    return read(json, DECISIONS);
  }

  static List<Diagnostic> diagnostics(String json) {
    return read(json, DIAGNOSTICS);
  }

  private static String value(JsonToken token, JsonParser parser, String json) throws IOException {
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(token, JsonToken.VALUE_STRING, json);
    return parser.getText();
  }

  private static void expect(JsonToken token, JsonToken expected, String json) {
    if (token != expected) {
      throw corrupt(json, null);
    }
  }

  private static IllegalStateException corrupt(String json, Exception cause) {
    return new IllegalStateException("corrupt list in the store: " + json, cause);
  }

  private static <T> List<T> read(String json, TypeReference<List<T>> type) {
    try {
      return Binding.MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw corrupt(json, e);
    }
  }
}
