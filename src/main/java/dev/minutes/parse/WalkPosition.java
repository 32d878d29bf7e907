package dev.minutes.parse;

import java.util.Locale;

/**
 * Where the section walk is: the role of the section it is in, that section's heading level, name
 * and line, and the sub-heading under it. A label paragraph ("Action items:") switches role until
 * the next heading, which returns to the place before it.
 */
final class WalkPosition {
  SectionRole role = SectionRole.OTHER;
  int roleLevel;
  String section;
  String subsection;
  int sectionLine;

  /** Where the walk was before a label paragraph switched role; the next heading returns. */
  private Place beforeLabel;

  boolean inLabel() {
    return beforeLabel != null;
  }

  /** Switches to the role a label paragraph gives, remembering the place to return to. */
  void enterLabel(SectionRole label, String name, int line) {
    if (beforeLabel == null) {
      beforeLabel = new Place(role, roleLevel, section, subsection);
    }
    role = label;
    section = name;
    sectionLine = line;
  }

  void leaveLabel() {
    role = beforeLabel.role();
    roleLevel = beforeLabel.level();
    section = beforeLabel.section();
    subsection = beforeLabel.subsection();
    beforeLabel = null;
  }

  void enterSection(SectionRole found, int level, String title, int line) {
    role = found;
    roleLevel = level;
    section = title;
    sectionLine = line;
    subsection = null;
  }

  /** The section the walk is in, for explanations. */
  String where() {
    return section == null
        ? "the notes"
        : role.name().toLowerCase(Locale.ROOT).replace('_', '-') + " section '" + section + "'";
  }

  private record Place(SectionRole role, int level, String section, String subsection) {}
}
