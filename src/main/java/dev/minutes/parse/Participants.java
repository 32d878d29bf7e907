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

  static List<String> of(List<String> written) {
    List<String> names = new ArrayList<>();
    for (String name : written) {
      String stripped = name.strip();
      String clean = stripped.startsWith("@") ? stripped.substring(1) : stripped;
      // "Rich Trott @Trott (TSC)", "Divy (@designmoreweb)", "Jane Doe (Acme": the name only.
      String bare = AFFILIATION.matcher(clean).replaceFirst("");
      bare = HANDLE.matcher(bare).replaceAll("").strip();
      clean = bare.isEmpty() ? clean : bare;
      if (!clean.isEmpty() && !PLACEHOLDER.matcher(clean).matches()) {
        names.add(clean);
      }
    }
    return names;
  }
}
