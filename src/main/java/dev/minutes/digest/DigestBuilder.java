package dev.minutes.digest;

import dev.minutes.items.ItemStatus;
import dev.minutes.items.StoredMeeting;
import dev.minutes.items.TrackedItem;
import dev.minutes.notes.Decision;
import dev.minutes.notes.NotesLink;
import dev.minutes.people.PeopleDirectory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds a {@link Digest} from a snapshot of the store. An item counts from its meeting's start
 * (not from when it was ingested), so a digest of past weeks reads the same after a late ingest; an
 * item stopped being open when its status last changed.
 */
public final class DigestBuilder {
  private final ZoneId zone;
  private final String linkBase;
  private final PeopleDirectory people;

  /**
   * @param linkBase prefix of meeting links (e.g. a repository's blob URL); empty for plain paths
   * @param people names owners the way reminders do
   */
  public DigestBuilder(ZoneId zone, String linkBase, PeopleDirectory people) {
    this.zone = zone;
    this.linkBase = linkBase == null ? "" : linkBase;
    this.people = people;
  }

  /**
   * @param stale open items whose reminders ran out: listed in their own section, not as overdue
   */
  public Digest build(
      List<StoredMeeting> meetings,
      List<TrackedItem> items,
      List<TrackedItem> stale,
      Instant since,
      Instant until) {
    Instant weekAgo = until.minus(Duration.ofDays(7));
    return build(
        meetings,
        items,
        stale,
        since,
        until,
        (int) items.stream().filter(i -> openAt(i, until)).count(),
        (int) items.stream().filter(i -> openAt(i, weekAgo)).count());
  }

  /**
   * As {@link #build(List, List, List, Instant, Instant)} with the trend's two counts given
   * (counted by the store), so {@code items} need only hold the window's new and done items, the
   * overdue and the stale.
   */
  public Digest build(
      List<StoredMeeting> meetings,
      List<TrackedItem> items,
      List<TrackedItem> stale,
      Instant since,
      Instant until,
      int openNow,
      int openWeekAgo) {
    if (!since.isBefore(until)) {
      throw new IllegalArgumentException("digest window is empty: " + since + " .. " + until);
    }
    List<DigestMeeting> held =
        meetings.stream()
            .filter(m -> within(start(m), since, until))
            .sorted(Comparator.comparing(this::start).thenComparing(StoredMeeting::source))
            .map(this::digestMeeting)
            .toList();
    Map<String, List<TrackedItem>> newByOwner = new HashMap<>();
    for (TrackedItem item : items) {
      if (item.status() != ItemStatus.REMOVED && within(born(item), since, until)) {
        for (String owner : ownerNames(item)) {
          newByOwner.computeIfAbsent(owner, o -> new ArrayList<>()).add(item);
        }
      }
    }
    LocalDate lastDay = until.minusMillis(1).atZone(zone).toLocalDate();
    Set<Long> staleIds = stale.stream().map(TrackedItem::id).collect(Collectors.toSet());
    List<TrackedItem> overdue =
        items.stream()
            .filter(i -> openAt(i, until) && i.due() != null && i.due().isBefore(lastDay))
            .filter(i -> !staleIds.contains(i.id()))
            .sorted(Comparator.comparing(TrackedItem::due).thenComparing(TrackedItem::id))
            .toList();
    List<TrackedItem> staleOpen =
        items.stream()
            .filter(i -> staleIds.contains(i.id()) && openAt(i, until))
            .sorted(Comparator.comparing(TrackedItem::id))
            .toList();
    List<TrackedItem> done =
        items.stream()
            .filter(i -> i.status() == ItemStatus.DONE && within(i.statusChangedAt(), since, until))
            .toList();
    return new Digest(
        zone, since, until, held, newByOwner, overdue, staleOpen, done, openNow, openWeekAgo);
  }

  /**
   * The first meeting day whose items are not yet born at {@code at}: an item of a dated meeting is
   * born before {@code at} exactly when its meeting's date is before this day.
   */
  public LocalDate firstDayBornAtOrAfter(Instant at) {
    LocalDate day = at.atZone(zone).toLocalDate();
    return day.atStartOfDay(zone).toInstant().equals(at) ? day : day.plusDays(1);
  }

  public ZoneId zone() {
    return zone;
  }

  private List<String> ownerNames(TrackedItem item) {
    if (item.owners().isEmpty()) {
      return List.of("(no owner)");
    }
    return item.owners().stream().map(people::displayName).distinct().toList();
  }

  private DigestMeeting digestMeeting(StoredMeeting meeting) {
    return new DigestMeeting(
        meeting.title() == null ? meeting.source() : meeting.title(),
        meeting.teams(),
        meeting.date(),
        NotesLink.of(linkBase, meeting.source()).orElse(localName(meeting.source())),
        meeting.decisions().stream().map(Decision::text).toList());
  }

  /** Without a link: the repository path, or only the file name of a file outside the root. */
  private static String localName(String source) {
    return NotesLink.insideRoot(source) ? source : Path.of(source).getFileName().toString();
  }

  private boolean openAt(TrackedItem item, Instant at) {
    if (!born(item).isBefore(at)) {
      return false;
    }
    return item.status() == ItemStatus.OPEN || item.statusChangedAt().isAfter(at);
  }

  private Instant born(TrackedItem item) {
    return item.meetingDate() == null
        ? item.createdAt()
        : item.meetingDate().atStartOfDay(zone).toInstant();
  }

  private Instant start(StoredMeeting meeting) {
    if (meeting.datetime() != null) {
      return meeting.datetime().toInstant();
    }
    return meeting.date() == null
        ? meeting.ingestedAt()
        : meeting.date().atStartOfDay(zone).toInstant();
  }

  private static boolean within(Instant at, Instant since, Instant until) {
    return !at.isBefore(since) && at.isBefore(until);
  }
}
