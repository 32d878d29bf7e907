package dev.minutes.parse;

/** What a section of the notes is for, whatever its heading says exactly. */
enum SectionRole {
  AGENDA,
  DISCUSSION,
  ACTIONS,
  DECISIONS,
  ATTENDEES,
  /** Topics for a later meeting: neither this meeting's agenda nor actions. */
  NEXT_AGENDA,
  OTHER
}
