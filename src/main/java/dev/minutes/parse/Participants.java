package dev.minutes.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Participants as OUTPUT.md wants them: the name only, no handle, no affiliation, no template. */
final class Participants {
  private static final Pattern PLACEHOLDER =
      Pattern.compile("(?i)^(to ?fill|todo|tbd|tbc|n/?a|none|participant\\d*|-+|\\.\\.\\.|…)$");

  private static final Pattern AFFILIATION = Pattern.compile("\\s+\\([^)]*\\)?\\s*$");
  private static final Pattern HANDLE = Pattern.compile("\\s+@[\\w.-]+");

  private Participants() {}

  /**
   * Each written name's clean form, or "" when it names no one: the same people attend meeting
   * after meeting.
   */
  private static final BoundedMemo<String, String> CLEANED =
      new BoundedMemo<>(Participants::clean, BoundedMemo.DISTINCT_TEXTS);

  static List<String> of(List<String> written) {
    List<String> names = new ArrayList<>();
    for (String name : written) {
      String clean = CLEANED.apply(name);
      if (!clean.isEmpty()) {
        names.add(clean);
      }
    }
    return names;
  }

  private static String clean(String name) {
    String stripped = name.strip();
    String clean = stripped.startsWith("@") ? stripped.substring(1) : stripped;
    // "Rich Trott @Trott (TSC)", "Divy (@designmoreweb)", "Jane Doe (Acme": the name only.
    String bare = AFFILIATION.matcher(clean).replaceFirst("");
    bare = HANDLE.matcher(bare).replaceAll("").strip();
    clean = bare.isEmpty() ? clean : bare;
    return PLACEHOLDER.matcher(clean).matches() ? "" : clean;
  }
}
