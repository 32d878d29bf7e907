package dev.minutes.parse;

import dev.minutes.notes.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The YAML block between {@code ---} lines at the top of a notes file. Loaded with SnakeYAML's safe
 * constructor, no implicit typing (a datetime stays the string the author wrote), and limits on
 * aliases, nesting and size, so hostile YAML costs nothing and runs nothing.
 *
 * @param fields the top-level mapping, values as strings, lists and maps; empty when absent
 * @param bodyStart index of the first body line (0-based) — 0 when there is no front matter
 */
record FrontMatter(Map<String, Object> fields, int bodyStart, boolean present) {
  private static final int MAX_YAML_CHARS = 64 * 1024;

  static FrontMatter read(List<String> lines, List<Diagnostic> diagnostics) {
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      return new FrontMatter(Map.of(), 0, false);
    }
    int end = -1;
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).stripTrailing();
      if (line.equals("---") || line.equals("...")) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      diagnostics.add(
          Diagnostic.warning(
              "front-matter-unclosed",
              "front matter opened with '---' on line 1 is never closed; read the file as body",
              1,
              1));
      return new FrontMatter(Map.of(), 0, false);
    }
    String yaml = String.join("\n", lines.subList(1, end));
    return new FrontMatter(load(yaml, diagnostics), end + 1, true);
  }

  private static Map<String, Object> load(String yaml, List<Diagnostic> diagnostics) {
    if (yaml.length() > MAX_YAML_CHARS) {
      diagnostics.add(
          Diagnostic.warning(
              "front-matter-invalid", "front matter is larger than 64 KiB; ignored", 2, 1));
      return Map.of();
    }
    Object root;
    try {
      root = loadYaml(yaml);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? 2 : mark.getLine() + 2;
      int column = mark == null ? 1 : mark.getColumn() + 1;
      diagnostics.add(
          Diagnostic.warning(
              "front-matter-invalid",
              "front matter is not valid YAML (" + describe(e) + "); ignored",
              line,
              column));
      return Map.of();
    } catch (YAMLException e) {
      diagnostics.add(
          Diagnostic.warning(
              "front-matter-invalid",
              "front matter rejected: " + firstLine(e.getMessage()) + "; ignored",
              2,
              1));
      return Map.of();
    }
    if (root == null) {
      return Map.of();
    }
    if (!(root instanceof Map<?, ?> map)) {
      diagnostics.add(
          Diagnostic.warning(
              "front-matter-invalid", "front matter is not a 'key: value' mapping; ignored", 2, 1));
      return Map.of();
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    map.forEach(
        (k, v) -> fields.put(String.valueOf(k).strip().toLowerCase(java.util.Locale.ROOT), v));
    return fields;
  }

  /**
   * Loads with SnakeYAML's loading pieces, as {@code Yaml.load} does: a {@code Yaml} would also
   * build a representer and dumper options for writing YAML, which cost more than a small front
   * matter.
   */
  private static Object loadYaml(String yaml) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(20);
    options.setCodePointLimit(MAX_YAML_CHARS);
    options.setAllowDuplicateKeys(true);
    SafeConstructor constructor = new SafeConstructor(options);
    constructor.setAllowDuplicateKeys(options.isAllowDuplicateKeys());
    constructor.setComposer(
        new Composer(new ParserImpl(new StreamReader(yaml), options), new PlainScalars(), options));
    return constructor.getSingleData(Object.class);
  }

  private static String describe(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    String text = (context + " " + problem).strip();
    return text.isEmpty() ? firstLine(e.getMessage()) : text;
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  /** The field as written, or null. */
  String string(String key) {
    Object value = fields.get(key);
    if (value == null || value instanceof Map || value instanceof List) {
      return value instanceof List<?> list ? String.join(", ", strings(list)) : null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }

  /** A list field; a comma-separated string counts as a list ({@code tags: a, b}). */
  List<String> list(String key) {
    Object value = fields.get(key);
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      return strings(list);
    }
    if (value instanceof Map) {
      return List.of();
    }
    List<String> items = new ArrayList<>();
    addParts(value.toString(), items);
    return items;
  }

  /** The list's scalars; an element that is itself comma-separated ({@code - a, b}) is split. */
  private static List<String> strings(List<?> list) {
    List<String> items = new ArrayList<>();
    for (Object item : list) {
      if (item != null && !(item instanceof Map) && !(item instanceof List)) {
        addParts(item.toString(), items);
      }
    }
    return items;
  }

  private static void addParts(String text, List<String> items) {
    for (String part : text.split(",")) {
      if (!part.isBlank()) {
        items.add(part.strip());
      }
    }
  }

  /** A resolver without implicit types: every plain scalar is a string, as the author wrote it. */
  private static final class PlainScalars extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      // Deliberately none: dates, numbers and booleans stay text; the parser interprets them.
    }
  }
}
