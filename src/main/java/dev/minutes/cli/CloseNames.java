package dev.minutes.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The known names closest to one that was not found (a misspelt owner or team), for "did you mean"
 * lines: a name that contains the other, or that is a few edits away, nearest first.
 */
final class CloseNames {
  private static final int LIMIT = 3;

  private CloseNames() {}

  static List<String> to(String wanted, Collection<String> known) {
    String target = normal(wanted);
    int allowed = Math.max(2, target.length() / 3);
    LevenshteinDistance distance = new LevenshteinDistance(allowed);
    record Scored(String name, int distance) {}
    return known.stream()
        .filter(Objects::nonNull)
        .distinct()
        .map(
            name -> {
              String candidate = normal(name);
              boolean contains =
                  !target.isEmpty() && (candidate.contains(target) || target.contains(candidate));
              int edits = distance.apply(target, candidate);
              return new Scored(name, contains ? 0 : edits);
            })
        .filter(scored -> scored.distance() >= 0)
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
        .limit(LIMIT)
        .map(Scored::name)
        .toList();
  }

  private static String normal(String name) {
    return name.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
  }
}
