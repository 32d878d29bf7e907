package dev.minutes.remind;

import dev.minutes.items.ItemStatus;
import dev.minutes.items.TrackedItem;
import dev.minutes.notes.Owner;
import dev.minutes.people.Names;
import dev.minutes.people.PeopleDirectory;
import dev.minutes.people.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Decides who gets reminded of what on a given day. Repeats are computed from dates (day one after
 * the due date, then every N days); the only memory it needs is how many repeated reminders each
 * item already had, so that it stops after {@link ReminderSettings#maxRepeats()} and the item
 * becomes {@linkplain #stale stale}. The scheduler's run-once records keep a day from being
 * reminded twice.
 */
public final class ReminderPolicy {
  private final ReminderSettings settings;
  private final PeopleDirectory people;

  public ReminderPolicy(ReminderSettings settings, PeopleDirectory people) {
    this.settings = settings;
    this.people = people;
  }

  /** True when {@code now} falls in the quiet hours: nothing is sent then. */
  public boolean quiet(Instant now, ZoneId zone) {
    return settings.quietHours().contains(now.atZone(zone).toLocalTime());
  }

  /**
   * The reminders due at {@code now}: one per owner, people in {@code optedOut} (names compared
   * ignoring case) left out, snoozed items left out until their snooze ends, and no repeated
   * reminder for an item that had {@code maxRepeats} of them already.
   *
   * @param repeatsSent repeated reminders each item had (for its current due date), by item id;
   *     absent means none
   */
  public List<Reminder> due(
      List<TrackedItem> items,
      Set<String> optedOut,
      Map<Long, Integer> repeatsSent,
      Instant now,
      ZoneId zone) {
    if (quiet(now, zone)) {
      return List.of();
    }
    Set<String> off =
        optedOut.stream().map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    LocalDate today = now.atZone(zone).toLocalDate();
    Map<String, List<RemindedItem>> byRecipient = new TreeMap<>();
    Map<String, String> chatIds = new TreeMap<>();
    for (TrackedItem item : items) {
      if (item.status() != ItemStatus.OPEN
          || (item.snoozedUntil() != null && item.snoozedUntil().isAfter(now))) {
        continue;
      }
      Optional<RemindedItem> reminded = reason(item, today, zone);
      if (reminded.isEmpty() || (reminded.get().reason().repeats() && stale(item, repeatsSent))) {
        continue;
      }
      for (Owner owner : item.owners()) {
        String recipient = people.displayName(owner);
        // "Everyone" is no person: nobody gets a personal reminder for a group's item.
        if (Names.isGroup(recipient) || off.contains(recipient.toLowerCase(Locale.ROOT))) {
          continue;
        }
        byRecipient.computeIfAbsent(recipient, r -> new ArrayList<>()).add(reminded.get());
        people.find(owner).map(Person::discord).ifPresent(id -> chatIds.put(recipient, id));
      }
    }
    List<Reminder> reminders = new ArrayList<>();
    byRecipient.forEach(
        (recipient, entries) ->
            reminders.add(
                new Reminder(
                    recipient,
                    chatIds.get(recipient),
                    today,
                    entries.stream()
                        .distinct()
                        .sorted(
                            Comparator.comparing(RemindedItem::reason)
                                .thenComparing(e -> e.item().id()))
                        .toList())));
    return reminders;
  }

  /**
   * The open items whose repeated reminders ran out: they are not reminded any more, and the weekly
   * digest lists them in its own section instead.
   */
  public List<TrackedItem> stale(List<TrackedItem> items, Map<Long, Integer> repeatsSent) {
    return items.stream()
        .filter(item -> item.status() == ItemStatus.OPEN && stale(item, repeatsSent))
        .toList();
  }

  /** The ids of the items whose repeated reminders ran out, open or not. */
  public List<Long> staleIds(Map<Long, Integer> repeatsSent) {
    return repeatsSent.entrySet().stream()
        .filter(e -> e.getValue() >= settings.maxRepeats())
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  private boolean stale(TrackedItem item, Map<Long, Integer> repeatsSent) {
    return repeatsSent.getOrDefault(item.id(), 0) >= settings.maxRepeats();
  }

  private Optional<RemindedItem> reason(TrackedItem item, LocalDate today, ZoneId zone) {
    if (item.due() != null) {
      long late = ChronoUnit.DAYS.between(item.due(), today);
      if (late == -1) {
        return Optional.of(new RemindedItem(item, Reason.DUE_TOMORROW, 0));
      }
      if (late == 0) {
        return Optional.of(new RemindedItem(item, Reason.DUE_TODAY, 0));
      }
      if (late >= 1 && (late - 1) % settings.overdueEveryDays() == 0) {
        return Optional.of(new RemindedItem(item, Reason.OVERDUE, late));
      }
      return Optional.empty();
    }
    LocalDate opened =
        item.meetingDate() != null
            ? item.meetingDate()
            : item.createdAt().atZone(zone).toLocalDate();
    long open = ChronoUnit.DAYS.between(opened, today);
    long beyond = open - settings.staleAfterDays();
    if (beyond >= 0 && beyond % settings.overdueEveryDays() == 0) {
      return Optional.of(new RemindedItem(item, Reason.NO_DUE_DATE, open));
    }
    return Optional.empty();
  }
}
