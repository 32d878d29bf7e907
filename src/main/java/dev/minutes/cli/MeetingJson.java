package dev.minutes.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.minutes.notes.ActionItem;
import dev.minutes.notes.AgendaItem;
import dev.minutes.notes.Decision;
import dev.minutes.notes.Diagnostic;
import dev.minutes.notes.Meeting;
import dev.minutes.notes.Owner;
import dev.minutes.notes.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The JSON shape of a parsed meeting, exactly as OUTPUT.md documents it. Built field by field (not
 * by reflection over the records) so renaming a record component can never silently change the
 * contract scripts rely on.
 */
final class MeetingJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Always with seconds, as front matter writes it ({@code 2024-03-04T11:00:00+02:00}). */
  static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  private MeetingJson() {}

  static ObjectNode of(Meeting meeting) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("source", meeting.source());
    json.put("title", meeting.title());
    json.put("datetime", meeting.datetime() == null ? null : DATETIME.format(meeting.datetime()));
    json.put("date", date(meeting.date()));
    strings(json.putArray("tags"), meeting.tags());
    json.put("location", meeting.location());
    strings(json.putArray("teams"), meeting.teams());
    strings(json.putArray("participants"), meeting.participants());
    ArrayNode agenda = json.putArray("agenda");
    for (AgendaItem item : meeting.agenda()) {
      agenda.addObject().put("text", item.text()).put("line", item.line());
    }
    ArrayNode discussion = json.putArray("discussion");
    for (Statement statement : meeting.discussion()) {
      discussion
          .addObject()
          .put("section", statement.section())
          .put("speaker", statement.speaker())
          .put("text", statement.text())
          .put("line", statement.line());
    }
    ArrayNode actions = json.putArray("actions");
    for (ActionItem action : meeting.actions()) {
      ObjectNode item = actions.addObject();
      item.put("id", action.id());
      ArrayNode owners = item.putArray("owners");
      for (Owner owner : action.owners()) {
        owners.addObject().put("token", owner.token()).put("person", owner.person());
      }
      item.put("text", action.text());
      item.put("due", date(action.due()));
      strings(item.putArray("refs"), action.refs());
      item.put("section", action.section());
      item.put("line", action.line());
      item.put("done", action.done());
    }
    ArrayNode decisions = json.putArray("decisions");
    for (Decision decision : meeting.decisions()) {
      decisions.addObject().put("text", decision.text()).put("line", decision.line());
    }
    json.put("nextMeeting", date(meeting.nextMeeting()));
    ArrayNode warnings = json.putArray("warnings");
    for (Diagnostic diagnostic : meeting.warnings()) {
      warnings
          .addObject()
          .put("line", diagnostic.line())
          .put("column", diagnostic.column())
          .put("severity", diagnostic.severity().label())
          .put("code", diagnostic.code())
          .put("message", diagnostic.message());
    }
    return json;
  }

  /** Pretty JSON for a whole array or object (format json). */
  static String pretty(JsonNode tree) {
    try {
      return MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
