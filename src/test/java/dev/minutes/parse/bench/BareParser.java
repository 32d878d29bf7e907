package dev.minutes.parse.bench;

import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The same libraries and options as NotesParser, without any extraction: the floor a parse of notes
 * cannot go below. Its {@link #main} parses every *.md under a folder once, in a cold JVM, to
 * compare with a cold {@code minutes parse}.
 */
public final class BareParser {
  private final Parser markdown;
  private final LoaderOptions options = new LoaderOptions();

  public BareParser() {
    MutableDataSet data = new MutableDataSet();
    data.set(Parser.EXTENSIONS, List.of(TaskListExtension.create(), TablesExtension.create()));
    markdown = Parser.builder(data).build();
    options.setMaxAliasesForCollections(10);
  }

  public Object parse(byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8);
    Object front = null;
    if (text.startsWith("---\n")) {
      int end = text.indexOf("\n---", 4);
      if (end > 0) {
        try {
          front = new Yaml(new SafeConstructor(options)).load(text.substring(4, end));
        } catch (RuntimeException e) {
          front = e;
        }
      }
    }
    return front == null ? markdown.parse(text) : List.of(front, markdown.parse(text));
  }

  /** Parses every *.md under the folder given, one at a time, and prints how many. */
  public static void main(String[] args) throws IOException {
    BareParser parser = new BareParser();
    int count = 0;
    try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
      for (Path file :
          (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".md")).sorted()::iterator) {
        parser.parse(Files.readAllBytes(file));
        count++;
      }
    }
    System.out.println(count + " files parsed");
  }
}
