package dev.minutes.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.minutes.lint.Finding;
import java.util.List;

/** Prints lint findings for people (text), scripts (json) or GitHub Actions (github). */
final class FindingPrinter {
  enum Format {
    text,
    json,
    github
  }

  private FindingPrinter() {}

  static String render(Format format, List<Finding> findings) {
    return switch (format) {
      case text -> text(findings);
      case json -> json(findings);
      case github -> github(findings);
    };
  }

  /** {@code file:line:col: error|warning: message [code]}, one per line. */
  private static String text(List<Finding> findings) {
    StringBuilder out = new StringBuilder();
    for (Finding f : findings) {
      out.append(f.file())
          .append(':')
          .append(f.line())
          .append(':')
          .append(f.column())
          .append(": ")
          .append(f.diagnostic().severity().label())
          .append(": ")
          .append(f.diagnostic().message())
          .append(" [")
          .append(f.diagnostic().code())
          .append("]\n");
    }
    return out.toString();
  }

  private static String json(List<Finding> findings) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ArrayNode array = mapper.createArrayNode();
    for (Finding f : findings) {
      array
          .addObject()
          .put("file", f.file())
          .put("line", f.line())
          .put("column", f.column())
          .put("severity", f.diagnostic().severity().label())
          .put("code", f.diagnostic().code())
          .put("message", f.diagnostic().message());
    }
    try {
      return mapper.writeValueAsString(array) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /** Workflow commands: {@code ::error file=F,line=L,col=C,title=code::message}. */
  private static String github(List<Finding> findings) {
    StringBuilder out = new StringBuilder();
    for (Finding f : findings) {
      out.append("::")
          .append(f.diagnostic().severity().label())
          .append(" file=")
          .append(property(f.file()))
          .append(",line=")
          .append(f.line())
          .append(",col=")
          .append(f.column())
          .append(",title=")
          .append(property(f.diagnostic().code()))
          .append("::")
          .append(data(f.diagnostic().message()))
          .append('\n');
    }
    return out.toString();
  }

  /** The escaping GitHub requires in a message. */
  private static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** The escaping GitHub requires in a property value. */
  private static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
