package dev.minutes.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.minutes.notes.AgendaItem;
import dev.minutes.notes.Decision;
import dev.minutes.notes.Owner;
import java.util.List;

/** Lists kept as JSON text in one column (portable between SQLite and PostgreSQL). */
final class JsonColumns {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<List<Owner>> OWNERS = new TypeReference<>() {};
  private static final TypeReference<List<AgendaItem>> AGENDA = new TypeReference<>() {};
  private static final TypeReference<List<Decision>> DECISIONS = new TypeReference<>() {};

  private JsonColumns() {}

  static String write(List<?> values) {
    try {
      return MAPPER.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode a list for the store", e);
    }
  }

  static List<String> strings(String json) {
    return read(json, STRINGS);
  }

  static List<Owner> owners(String json) {
    return read(json, OWNERS);
  }

  static List<AgendaItem> agenda(String json) {
    return read(json, AGENDA);
  }

  static List<Decision> decisions(String json) {
    return read(json, DECISIONS);
  }

  private static <T> List<T> read(String json, TypeReference<List<T>> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("corrupt list in the store: " + json, e);
    }
  }
}
