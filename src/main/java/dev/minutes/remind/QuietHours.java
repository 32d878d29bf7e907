package dev.minutes.remind;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * A daily span of local time when no reminder is sent, such as 22:00-08:00 (it may wrap past
 * midnight). Start is inclusive, end exclusive; equal start and end mean no quiet hours.
 */
public record QuietHours(LocalTime start, LocalTime end) {
  public static final QuietHours NONE = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

  /**
   * Reads {@code HH:MM-HH:MM}; blank or {@code none} for no quiet hours.
   *
   * @throws IllegalArgumentException naming the expected form
   */
  public static QuietHours parse(String text) {
    if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("none")) {
      return NONE;
    }
    String[] parts = text.trim().split("\\s*-\\s*");
    try {
      if (parts.length == 2) {
        return new QuietHours(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
      }
    } catch (DateTimeParseException e) {
      // falls through to the one message below
    }
    throw new IllegalArgumentException("expected HH:MM-HH:MM such as 22:00-08:00, or none");
  }

  public boolean contains(LocalTime time) {
    if (start.equals(end)) {
      return false;
    }
    if (start.isBefore(end)) {
      return !time.isBefore(start) && time.isBefore(end);
    }
    return !time.isBefore(start) || time.isBefore(end);
  }
}
